# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(RecoveryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pages = QStackedWidget(RecoveryDialog)
        self.pages.setObjectName(u"pages")
        self.codePage = QWidget()
        self.codePage.setObjectName(u"codePage")
        self.codeLayout = QVBoxLayout(self.codePage)
        self.codeLayout.setObjectName(u"codeLayout")
        self.codeIntro = QLabel(self.codePage)
        self.codeIntro.setObjectName(u"codeIntro")
        self.codeIntro.setWordWrap(True)

        self.codeLayout.addWidget(self.codeIntro)

        self.codeLabel = QLabel(self.codePage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.codeLayout.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(self.codePage)
        self.codeEdit.setObjectName(u"codeEdit")

        self.codeLayout.addWidget(self.codeEdit)

        self.codeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.codeLayout.addItem(self.codeSpacer)

        self.pages.addWidget(self.codePage)
        self.newPassPage = QWidget()
        self.newPassPage.setObjectName(u"newPassPage")
        self.newPassLayout = QVBoxLayout(self.newPassPage)
        self.newPassLayout.setObjectName(u"newPassLayout")
        self.newPassIntro = QLabel(self.newPassPage)
        self.newPassIntro.setObjectName(u"newPassIntro")
        self.newPassIntro.setWordWrap(True)

        self.newPassLayout.addWidget(self.newPassIntro)

        self.newPassForm = QFormLayout()
        self.newPassForm.setObjectName(u"newPassForm")
        self.memberLabel = QLabel(self.newPassPage)
        self.memberLabel.setObjectName(u"memberLabel")

        self.newPassForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(self.newPassPage)
        self.memberCombo.setObjectName(u"memberCombo")

        self.newPassForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.newPassLabel = QLabel(self.newPassPage)
        self.newPassLabel.setObjectName(u"newPassLabel")

        self.newPassForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPassLabel)

        self.newPassEdit = QLineEdit(self.newPassPage)
        self.newPassEdit.setObjectName(u"newPassEdit")
        self.newPassEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.newPassForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassEdit)

        self.repeatLabel = QLabel(self.newPassPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.newPassForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.newPassPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.newPassForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthBar = QProgressBar(self.newPassPage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(100)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)
        self.strengthBar.setMaximumSize(QSize(16777215, 8))

        self.newPassForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.strengthBar)

        self.strengthLabel = QLabel(self.newPassPage)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setWordWrap(True)

        self.newPassForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.strengthLabel)


        self.newPassLayout.addLayout(self.newPassForm)

        self.newPassSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newPassLayout.addItem(self.newPassSpacer)

        self.pages.addWidget(self.newPassPage)

        self.mainLayout.addWidget(self.pages)

        self.messageLabel = QLabel(RecoveryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(RecoveryDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.okButton = QPushButton(RecoveryDialog)
        self.okButton.setObjectName(u"okButton")

        self.buttonRow.addWidget(self.okButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.memberLabel.setBuddy(self.memberCombo)
        self.newPassLabel.setBuddy(self.newPassEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.newPassEdit)
        QWidget.setTabOrder(self.newPassEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.okButton)

        self.retranslateUi(RecoveryDialog)

        self.okButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Openen met de herstelcode \u2014 Kansencirkel", None))
        self.codeIntro.setText(QCoreApplication.translate("RecoveryDialog", u"Typ de herstelcode die bij het maken van de kluis is afgedrukt of opgeschreven. Daarna kies je een nieuw wachtwoord.", None))
        self.codeLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Herstelcode:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Herstelcode", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("RecoveryDialog", u"bijvoorbeeld ABCD-EFGH-\u2026", None))
        self.newPassIntro.setText(QCoreApplication.translate("RecoveryDialog", u"De kluis is open. Kies nu een nieuw wachtwoord; het oude werkt daarna niet meer.", None))
        self.memberLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Voor:", None))
#if QT_CONFIG(accessibility)
        self.memberCombo.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Teamlid", None))
#endif // QT_CONFIG(accessibility)
        self.newPassLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Nieuw wachtwoord:", None))
#if QT_CONFIG(accessibility)
        self.newPassEdit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Nieuw wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Nog een &keer:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Nieuw wachtwoord herhalen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Sterkte van het wachtwoord", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("RecoveryDialog", u"&Annuleren", None))
        self.okButton.setText(QCoreApplication.translate("RecoveryDialog", u"&Verder", None))
    # retranslateUi

