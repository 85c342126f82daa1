# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'share_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ShareDialog(object):
    def setupUi(self, ShareDialog):
        if not ShareDialog.objectName():
            ShareDialog.setObjectName(u"ShareDialog")
        ShareDialog.resize(640, 480)
        self.mainLayout = QVBoxLayout(ShareDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sealedBox = QGroupBox(ShareDialog)
        self.sealedBox.setObjectName(u"sealedBox")
        self.sealedLayout = QVBoxLayout(self.sealedBox)
        self.sealedLayout.setObjectName(u"sealedLayout")
        self.sealedForm = QFormLayout()
        self.sealedForm.setObjectName(u"sealedForm")
        self.sideLabel = QLabel(self.sealedBox)
        self.sideLabel.setObjectName(u"sideLabel")

        self.sealedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sideLabel)

        self.sideCombo = QComboBox(self.sealedBox)
        self.sideCombo.setObjectName(u"sideCombo")

        self.sealedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sideCombo)

        self.expiresLabel = QLabel(self.sealedBox)
        self.expiresLabel.setObjectName(u"expiresLabel")

        self.sealedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expiresLabel)

        self.expiresSpin = QSpinBox(self.sealedBox)
        self.expiresSpin.setObjectName(u"expiresSpin")
        self.expiresSpin.setMinimum(1)
        self.expiresSpin.setMaximum(90)
        self.expiresSpin.setValue(14)

        self.sealedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.expiresSpin)


        self.sealedLayout.addLayout(self.sealedForm)

        self.consentLabel = QLabel(self.sealedBox)
        self.consentLabel.setObjectName(u"consentLabel")
        self.consentLabel.setText(u"")
        self.consentLabel.setWordWrap(True)

        self.sealedLayout.addWidget(self.consentLabel)

        self.overrideCheck = QCheckBox(self.sealedBox)
        self.overrideCheck.setObjectName(u"overrideCheck")

        self.sealedLayout.addWidget(self.overrideCheck)

        self.overrideEdit = QLineEdit(self.sealedBox)
        self.overrideEdit.setObjectName(u"overrideEdit")

        self.sealedLayout.addWidget(self.overrideEdit)

        self.sealRow = QHBoxLayout()
        self.sealRow.setObjectName(u"sealRow")
        self.sealSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sealRow.addItem(self.sealSpacer)

        self.sealButton = QPushButton(self.sealedBox)
        self.sealButton.setObjectName(u"sealButton")

        self.sealRow.addWidget(self.sealButton)


        self.sealedLayout.addLayout(self.sealRow)

        self.codeLabel = QLabel(self.sealedBox)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setText(u"")
        self.codeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sealedLayout.addWidget(self.codeLabel)

        self.codeHint = QLabel(self.sealedBox)
        self.codeHint.setObjectName(u"codeHint")
        self.codeHint.setWordWrap(True)
        self.codeHint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.sealedLayout.addWidget(self.codeHint)


        self.mainLayout.addWidget(self.sealedBox)

        self.plainBox = QGroupBox(ShareDialog)
        self.plainBox.setObjectName(u"plainBox")
        self.plainLayout = QVBoxLayout(self.plainBox)
        self.plainLayout.setObjectName(u"plainLayout")
        self.plainWarning = QLabel(self.plainBox)
        self.plainWarning.setObjectName(u"plainWarning")
        self.plainWarning.setWordWrap(True)

        self.plainLayout.addWidget(self.plainWarning)

        self.plainRow = QHBoxLayout()
        self.plainRow.setObjectName(u"plainRow")
        self.reasonLabel = QLabel(self.plainBox)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.plainRow.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(self.plainBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.plainRow.addWidget(self.reasonEdit)

        self.jsonButton = QPushButton(self.plainBox)
        self.jsonButton.setObjectName(u"jsonButton")

        self.plainRow.addWidget(self.jsonButton)


        self.plainLayout.addLayout(self.plainRow)


        self.mainLayout.addWidget(self.plainBox)

        self.errorLabel = QLabel(ShareDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ShareDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sideLabel.setBuddy(self.sideCombo)
        self.expiresLabel.setBuddy(self.expiresSpin)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sideCombo, self.expiresSpin)
        QWidget.setTabOrder(self.expiresSpin, self.overrideCheck)
        QWidget.setTabOrder(self.overrideCheck, self.overrideEdit)
        QWidget.setTabOrder(self.overrideEdit, self.sealButton)
        QWidget.setTabOrder(self.sealButton, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.jsonButton)

        self.retranslateUi(ShareDialog)
    # setupUi

    def retranslateUi(self, ShareDialog):
        ShareDialog.setWindowTitle(QCoreApplication.translate("ShareDialog", u"Delen \u2014 Kansencirkel", None))
        self.sealedBox.setTitle(QCoreApplication.translate("ShareDialog", u"Versleutelde overdracht naar school of zorg (aanbevolen)", None))
        self.sideLabel.setText(QCoreApplication.translate("ShareDialog", u"&Naar:", None))
#if QT_CONFIG(accessibility)
        self.sideCombo.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Ontvangende kant", None))
#endif // QT_CONFIG(accessibility)
        self.expiresLabel.setText(QCoreApplication.translate("ShareDialog", u"&Geldig:", None))
#if QT_CONFIG(accessibility)
        self.expiresSpin.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Aantal dagen dat het bestand opent", None))
#endif // QT_CONFIG(accessibility)
        self.expiresSpin.setSuffix(QCoreApplication.translate("ShareDialog", u" dagen", None))
        self.overrideCheck.setText(QCoreApplication.translate("ShareDialog", u"&Toch delen zonder toestemming voor alles (de reden komt in het logboek)", None))
#if QT_CONFIG(accessibility)
        self.overrideEdit.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Reden om zonder toestemming te delen", None))
#endif // QT_CONFIG(accessibility)
        self.overrideEdit.setPlaceholderText(QCoreApplication.translate("ShareDialog", u"Waarom moet dit toch gedeeld worden?", None))
        self.sealButton.setText(QCoreApplication.translate("ShareDialog", u"Overdracht &opslaan\u2026", None))
#if QT_CONFIG(accessibility)
        self.codeLabel.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Code van de overdracht", None))
#endif // QT_CONFIG(accessibility)
        self.codeHint.setText(QCoreApplication.translate("ShareDialog", u"Geef deze code telefonisch door, niet in dezelfde mail als het bestand.", None))
        self.plainBox.setTitle(QCoreApplication.translate("ShareDialog", u"Onversleutelde export (JSON), voor een AVG-verzoek", None))
        self.plainWarning.setText(QCoreApplication.translate("ShareDialog", u"Dit bestand is NIET versleuteld en bevat persoonsgegevens van een kind. Gebruik het alleen voor gegevensoverdraagbaarheid (AVG); deel met school of zorg via de overdracht hierboven.", None))
        self.reasonLabel.setText(QCoreApplication.translate("ShareDialog", u"&Reden:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Reden voor de onversleutelde export", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ShareDialog", u"Bijvoorbeeld: verzoek van de ouders om hun gegevens", None))
        self.jsonButton.setText(QCoreApplication.translate("ShareDialog", u"&JSON exporteren\u2026", None))
    # retranslateUi

