# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(820, 600)
        self.mainLayout = QHBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.choiceLayout = QVBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.kindBox = QGroupBox(ExportDialog)
        self.kindBox.setObjectName(u"kindBox")
        self.kindLayout = QVBoxLayout(self.kindBox)
        self.kindLayout.setObjectName(u"kindLayout")
        self.kernteamRadio = QRadioButton(self.kindBox)
        self.kernteamRadio.setObjectName(u"kernteamRadio")
        self.kernteamRadio.setChecked(True)

        self.kindLayout.addWidget(self.kernteamRadio)

        self.oudersRadio = QRadioButton(self.kindBox)
        self.oudersRadio.setObjectName(u"oudersRadio")

        self.kindLayout.addWidget(self.oudersRadio)

        self.blancoRadio = QRadioButton(self.kindBox)
        self.blancoRadio.setObjectName(u"blancoRadio")

        self.kindLayout.addWidget(self.blancoRadio)

        self.ageBandLayout = QHBoxLayout()
        self.ageBandLayout.setObjectName(u"ageBandLayout")
        self.ageBandLabel = QLabel(self.kindBox)
        self.ageBandLabel.setObjectName(u"ageBandLabel")

        self.ageBandLayout.addWidget(self.ageBandLabel)

        self.ageBandCombo = QComboBox(self.kindBox)
        self.ageBandCombo.setObjectName(u"ageBandCombo")

        self.ageBandLayout.addWidget(self.ageBandCombo)


        self.kindLayout.addLayout(self.ageBandLayout)

        self.kindHintLabel = QLabel(self.kindBox)
        self.kindHintLabel.setObjectName(u"kindHintLabel")
        self.kindHintLabel.setText(u"")
        self.kindHintLabel.setWordWrap(True)

        self.kindLayout.addWidget(self.kindHintLabel)


        self.choiceLayout.addWidget(self.kindBox)

        self.perspectivesBox = QGroupBox(ExportDialog)
        self.perspectivesBox.setObjectName(u"perspectivesBox")
        self.perspectivesLayout = QVBoxLayout(self.perspectivesBox)
        self.perspectivesLayout.setObjectName(u"perspectivesLayout")

        self.choiceLayout.addWidget(self.perspectivesBox)

        self.momentBox = QGroupBox(ExportDialog)
        self.momentBox.setObjectName(u"momentBox")
        self.momentLayout = QVBoxLayout(self.momentBox)
        self.momentLayout.setObjectName(u"momentLayout")
        self.momentCombo = QComboBox(self.momentBox)
        self.momentCombo.setObjectName(u"momentCombo")

        self.momentLayout.addWidget(self.momentCombo)


        self.choiceLayout.addWidget(self.momentBox)

        self.pdfaCheck = QCheckBox(ExportDialog)
        self.pdfaCheck.setObjectName(u"pdfaCheck")

        self.choiceLayout.addWidget(self.pdfaCheck)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.consentWarningLabel = QLabel(ExportDialog)
        self.consentWarningLabel.setObjectName(u"consentWarningLabel")
        self.consentWarningLabel.setText(u"")
        self.consentWarningLabel.setWordWrap(True)
        self.consentWarningLabel.setTextFormat(Qt.TextFormat.RichText)
        self.consentWarningLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.consentWarningLabel.setMargin(4)

        self.choiceLayout.addWidget(self.consentWarningLabel)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.choiceLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.choiceLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.choiceLayout)

        self.previewLabel = QLabel(ExportDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setMinimumSize(QSize(380, 537))
        self.previewLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.mainLayout.addWidget(self.previewLabel)

#if QT_CONFIG(shortcut)
        self.ageBandLabel.setBuddy(self.ageBandCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Overzicht maken (PDF)", None))
        self.kindBox.setTitle(QCoreApplication.translate("ExportDialog", u"Soort overzicht", None))
        self.kernteamRadio.setText(QCoreApplication.translate("ExportDialog", u"&Kernteamoverzicht", None))
        self.oudersRadio.setText(QCoreApplication.translate("ExportDialog", u"Overzicht voor het o&udergesprek", None))
        self.blancoRadio.setText(QCoreApplication.translate("ExportDialog", u"&Blanco invulformulier", None))
        self.ageBandLabel.setText(QCoreApplication.translate("ExportDialog", u"&Leeftijd op het formulier van het kind", None))
#if QT_CONFIG(accessibility)
        self.ageBandCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Leeftijd op het formulier van het kind", None))
#endif // QT_CONFIG(accessibility)
        self.perspectivesBox.setTitle(QCoreApplication.translate("ExportDialog", u"Blikken", None))
        self.momentBox.setTitle(QCoreApplication.translate("ExportDialog", u"Metingen", None))
#if QT_CONFIG(accessibility)
        self.momentCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Metingen tot en met", None))
#endif // QT_CONFIG(accessibility)
        self.pdfaCheck.setText(QCoreApplication.translate("ExportDialog", u"A&rchiefversie (PDF/A)", None))
#if QT_CONFIG(tooltip)
        self.pdfaCheck.setToolTip(QCoreApplication.translate("ExportDialog", u"Voor het groeidocument of OPP: een PDF die over jaren nog net zo te openen en af te drukken is (PDF/A-2b).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.consentWarningLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Toestemming", None))
#endif // QT_CONFIG(accessibility)
        self.previewLabel.setText(QCoreApplication.translate("ExportDialog", u"Voorbeeld wordt gemaakt\u2026", None))
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Voorbeeld van de eerste pagina", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

