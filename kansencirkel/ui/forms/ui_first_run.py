# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(620, 480)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pages = QStackedWidget(FirstRunDialog)
        self.pages.setObjectName(u"pages")
        self.setupPage = QWidget()
        self.setupPage.setObjectName(u"setupPage")
        self.setupLayout = QVBoxLayout(self.setupPage)
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupTitle = QLabel(self.setupPage)
        self.setupTitle.setObjectName(u"setupTitle")

        self.setupLayout.addWidget(self.setupTitle)

        self.setupIntro = QLabel(self.setupPage)
        self.setupIntro.setObjectName(u"setupIntro")
        self.setupIntro.setWordWrap(True)

        self.setupLayout.addWidget(self.setupIntro)

        self.placeLabel = QLabel(self.setupPage)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setText(u"")
        self.placeLabel.setWordWrap(True)

        self.setupLayout.addWidget(self.placeLabel)

        self.setupForm = QFormLayout()
        self.setupForm.setObjectName(u"setupForm")
        self.teamLabel = QLabel(self.setupPage)
        self.teamLabel.setObjectName(u"teamLabel")

        self.setupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamEdit = QLineEdit(self.setupPage)
        self.teamEdit.setObjectName(u"teamEdit")
        self.teamEdit.setMaxLength(120)

        self.setupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.teamEdit)

        self.memberLabel = QLabel(self.setupPage)
        self.memberLabel.setObjectName(u"memberLabel")

        self.setupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberEdit = QLineEdit(self.setupPage)
        self.memberEdit.setObjectName(u"memberEdit")
        self.memberEdit.setMaxLength(120)

        self.setupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.memberEdit)

        self.roleLabel = QLabel(self.setupPage)
        self.roleLabel.setObjectName(u"roleLabel")

        self.setupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.setupPage)
        self.roleCombo.setObjectName(u"roleCombo")

        self.setupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passLabel = QLabel(self.setupPage)
        self.passLabel.setObjectName(u"passLabel")

        self.setupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passLabel)

        self.passEdit = QLineEdit(self.setupPage)
        self.passEdit.setObjectName(u"passEdit")
        self.passEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.setupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passEdit)

        self.repeatLabel = QLabel(self.setupPage)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.setupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.setupPage)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.setupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthBar = QProgressBar(self.setupPage)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(100)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)
        self.strengthBar.setMaximumSize(QSize(16777215, 8))

        self.setupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.strengthBar)

        self.strengthLabel = QLabel(self.setupPage)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setWordWrap(True)

        self.setupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.strengthLabel)


        self.setupLayout.addLayout(self.setupForm)

        self.keyringLabel = QLabel(self.setupPage)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setText(u"")
        self.keyringLabel.setWordWrap(True)

        self.setupLayout.addWidget(self.keyringLabel)

        self.setupSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.setupLayout.addItem(self.setupSpacer)

        self.pages.addWidget(self.setupPage)
        self.codePage = QWidget()
        self.codePage.setObjectName(u"codePage")
        self.codeLayout = QVBoxLayout(self.codePage)
        self.codeLayout.setObjectName(u"codeLayout")
        self.codeTitle = QLabel(self.codePage)
        self.codeTitle.setObjectName(u"codeTitle")

        self.codeLayout.addWidget(self.codeTitle)

        self.codeIntro = QLabel(self.codePage)
        self.codeIntro.setObjectName(u"codeIntro")
        self.codeIntro.setWordWrap(True)

        self.codeLayout.addWidget(self.codeIntro)

        self.codeLabel = QLabel(self.codePage)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setText(u"")
        self.codeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.codeLabel.setWordWrap(True)
        self.codeLabel.setMargin(12)
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.codeLayout.addWidget(self.codeLabel)

        self.codeButtons = QHBoxLayout()
        self.codeButtons.setObjectName(u"codeButtons")
        self.codeButtonsSpacerLeft = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.codeButtons.addItem(self.codeButtonsSpacerLeft)

        self.printButton = QPushButton(self.codePage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.codeButtons.addWidget(self.printButton)

        self.copyButton = QPushButton(self.codePage)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.codeButtons.addWidget(self.copyButton)

        self.codeButtonsSpacerRight = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.codeButtons.addItem(self.codeButtonsSpacerRight)


        self.codeLayout.addLayout(self.codeButtons)

        self.confirmForm = QFormLayout()
        self.confirmForm.setObjectName(u"confirmForm")
        self.confirmLabel = QLabel(self.codePage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.confirmForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.codePage)
        self.confirmEdit.setObjectName(u"confirmEdit")

        self.confirmForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.codeLayout.addLayout(self.confirmForm)

        self.writtenCheck = QCheckBox(self.codePage)
        self.writtenCheck.setObjectName(u"writtenCheck")

        self.codeLayout.addWidget(self.writtenCheck)

        self.codeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.codeLayout.addItem(self.codeSpacer)

        self.pages.addWidget(self.codePage)

        self.mainLayout.addWidget(self.pages)

        self.messageLabel = QLabel(FirstRunDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(FirstRunDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.nextButton = QPushButton(FirstRunDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.teamLabel.setBuddy(self.teamEdit)
        self.memberLabel.setBuddy(self.memberEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passLabel.setBuddy(self.passEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.teamEdit, self.memberEdit)
        QWidget.setTabOrder(self.memberEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passEdit)
        QWidget.setTabOrder(self.passEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.writtenCheck)
        QWidget.setTabOrder(self.writtenCheck, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.nextButton)

        self.retranslateUi(FirstRunDialog)

        self.nextButton.setDefault(True)

    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Nieuwe kluis \u2014 Kansencirkel", None))
        self.setupTitle.setText(QCoreApplication.translate("FirstRunDialog", u"Welkom bij Kansencirkel", None))
        self.setupIntro.setText(QCoreApplication.translate("FirstRunDialog", u"Alle gegevens over kinderen staan versleuteld in een kluis op deze computer. Maak de kluis voor jullie kernteam en kies een wachtwoord voor jezelf; andere teamleden voeg je later toe.", None))
#if QT_CONFIG(accessibility)
        self.placeLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Waarschuwing over de plek van de kluis", None))
#endif // QT_CONFIG(accessibility)
        self.teamLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Naam van het &team:", None))
#if QT_CONFIG(accessibility)
        self.teamEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Naam van het team", None))
#endif // QT_CONFIG(accessibility)
        self.teamEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"bijvoorbeeld Kernteam De Regenboog", None))
        self.memberLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Jouw naam:", None))
#if QT_CONFIG(accessibility)
        self.memberEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Jouw naam", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Jouw &rol:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Jouw rol", None))
#endif // QT_CONFIG(accessibility)
        self.passLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Wachtwoord:", None))
#if QT_CONFIG(accessibility)
        self.passEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Nog een keer:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Wachtwoord herhalen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Sterkte van het wachtwoord", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keyringLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Wachtwoordbeheer van het systeem", None))
#endif // QT_CONFIG(accessibility)
        self.codeTitle.setText(QCoreApplication.translate("FirstRunDialog", u"Jullie herstelcode", None))
        self.codeIntro.setText(QCoreApplication.translate("FirstRunDialog", u"Met deze code open je de kluis als iemand het wachtwoord vergeet of als de computer vervangen wordt. De code wordt maar \u00e9\u00e9n keer getoond. Druk hem af of schrijf hem op, en geef hem aan de privacyverantwoordelijke van de school.", None))
#if QT_CONFIG(accessibility)
        self.codeLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Herstelcode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Herstelcode afdrukken", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("FirstRunDialog", u"A&fdrukken\u2026", None))
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Herstelcode kopi\u00ebren", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("FirstRunDialog", u"Ko&pi\u00ebren", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Laatste groep ter controle:", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Laatste groep van de herstelcode", None))
#endif // QT_CONFIG(accessibility)
        self.confirmEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"laatste 4 tekens", None))
        self.writtenCheck.setText(QCoreApplication.translate("FirstRunDialog", u"Ik heb de herstelcode afgedrukt of opgeschreven en bewaar hem op een veilige plek.", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Annuleren", None))
        self.nextButton.setText(QCoreApplication.translate("FirstRunDialog", u"&Kluis maken", None))
    # retranslateUi

