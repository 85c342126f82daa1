# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'samen_start_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SamenStartDialog(object):
    def setupUi(self, SamenStartDialog):
        if not SamenStartDialog.objectName():
            SamenStartDialog.setObjectName(u"SamenStartDialog")
        SamenStartDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(SamenStartDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SamenStartDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.whoLabel = QLabel(SamenStartDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoCombo = QComboBox(SamenStartDialog)
        self.whoCombo.setObjectName(u"whoCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whoCombo)

        self.ageLabel = QLabel(SamenStartDialog)
        self.ageLabel.setObjectName(u"ageLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageCombo = QComboBox(SamenStartDialog)
        self.ageCombo.setObjectName(u"ageCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ageCombo)

        self.languageLabel = QLabel(SamenStartDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SamenStartDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.besideTitle = QLabel(SamenStartDialog)
        self.besideTitle.setObjectName(u"besideTitle")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.besideTitle)

        self.besideLabel = QLabel(SamenStartDialog)
        self.besideLabel.setObjectName(u"besideLabel")
        self.besideLabel.setText(u"")
        self.besideLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.besideLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SamenStartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.whoLabel.setBuddy(self.whoCombo)
        self.ageLabel.setBuddy(self.ageCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SamenStartDialog)
    # setupUi

    def retranslateUi(self, SamenStartDialog):
        SamenStartDialog.setWindowTitle(QCoreApplication.translate("SamenStartDialog", u"Samen invullen", None))
        self.introLabel.setText(QCoreApplication.translate("SamenStartDialog", u"Draai de laptop naar het kind of de ouder. Die vult de eigen ster in; verder is niets van de kluis te zien. Elke manier om te stoppen vergrendelt de kluis: daarna is jouw wachtwoord nodig.", None))
        self.whoLabel.setText(QCoreApplication.translate("SamenStartDialog", u"&Wie vult in", None))
#if QT_CONFIG(accessibility)
        self.whoCombo.setAccessibleName(QCoreApplication.translate("SamenStartDialog", u"Wie vult in", None))
#endif // QT_CONFIG(accessibility)
        self.ageLabel.setText(QCoreApplication.translate("SamenStartDialog", u"&Leeftijd", None))
#if QT_CONFIG(accessibility)
        self.ageCombo.setAccessibleName(QCoreApplication.translate("SamenStartDialog", u"Leeftijd van het kind", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("SamenStartDialog", u"T&aal", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SamenStartDialog", u"Taal van het invullen", None))
#endif // QT_CONFIG(accessibility)
        self.besideTitle.setText(QCoreApplication.translate("SamenStartDialog", u"Ernaast zit", None))
#if QT_CONFIG(accessibility)
        self.besideLabel.setAccessibleName(QCoreApplication.translate("SamenStartDialog", u"Teamlid ernaast", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

