# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_recovery_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

class Ui_NewRecoveryDialog(object):
    def setupUi(self, NewRecoveryDialog):
        if not NewRecoveryDialog.objectName():
            NewRecoveryDialog.setObjectName(u"NewRecoveryDialog")
        NewRecoveryDialog.resize(620, 360)
        self.mainLayout = QVBoxLayout(NewRecoveryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pages = QStackedWidget(NewRecoveryDialog)
        self.pages.setObjectName(u"pages")
        self.askPage = QWidget()
        self.askPage.setObjectName(u"askPage")
        self.askLayout = QVBoxLayout(self.askPage)
        self.askLayout.setObjectName(u"askLayout")
        self.askTitle = QLabel(self.askPage)
        self.askTitle.setObjectName(u"askTitle")

        self.askLayout.addWidget(self.askTitle)

        self.askIntro = QLabel(self.askPage)
        self.askIntro.setObjectName(u"askIntro")
        self.askIntro.setWordWrap(True)

        self.askLayout.addWidget(self.askIntro)

        self.askForm = QFormLayout()
        self.askForm.setObjectName(u"askForm")
        self.passLabel = QLabel(self.askPage)
        self.passLabel.setObjectName(u"passLabel")

        self.askForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passLabel)

        self.passEdit = QLineEdit(self.askPage)
        self.passEdit.setObjectName(u"passEdit")
        self.passEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.askForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passEdit)


        self.askLayout.addLayout(self.askForm)

        self.askSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.askLayout.addItem(self.askSpacer)

        self.pages.addWidget(self.askPage)
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

        self.messageLabel = QLabel(NewRecoveryDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(NewRecoveryDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.nextButton = QPushButton(NewRecoveryDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.nextButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.passLabel.setBuddy(self.passEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.writtenCheck)
        QWidget.setTabOrder(self.writtenCheck, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.nextButton)

        self.retranslateUi(NewRecoveryDialog)

        self.cancelButton.setDefault(True)

    # setupUi

    def retranslateUi(self, NewRecoveryDialog):
        NewRecoveryDialog.setWindowTitle(QCoreApplication.translate("NewRecoveryDialog", u"Nieuwe herstelcode \u2014 Kansencirkel", None))
        self.askTitle.setText(QCoreApplication.translate("NewRecoveryDialog", u"Nieuwe herstelcode maken", None))
        self.askIntro.setText(QCoreApplication.translate("NewRecoveryDialog", u"Je krijgt een nieuwe herstelcode. Zodra je hem hebt bewaard, werkt de oude herstelcode niet meer: vernietig dan het oude blad. Doe dit als de oude code kwijt is of als iemand anders hem heeft gezien.", None))
        self.passLabel.setText(QCoreApplication.translate("NewRecoveryDialog", u"Je &wachtwoord:", None))
#if QT_CONFIG(accessibility)
        self.passEdit.setAccessibleName(QCoreApplication.translate("NewRecoveryDialog", u"Je wachtwoord, ter controle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.passEdit.setToolTip(QCoreApplication.translate("NewRecoveryDialog", u"Ter controle dat jij het bent die de herstelcode vervangt.", None))
#endif // QT_CONFIG(tooltip)
        self.codeTitle.setText(QCoreApplication.translate("NewRecoveryDialog", u"Jullie nieuwe herstelcode", None))
        self.codeIntro.setText(QCoreApplication.translate("NewRecoveryDialog", u"De code wordt maar \u00e9\u00e9n keer getoond. Druk hem af of schrijf hem op, en geef hem aan de privacyverantwoordelijke van de school. Pas als je hieronder bevestigt, vervangt hij de oude code.", None))
#if QT_CONFIG(accessibility)
        self.codeLabel.setAccessibleName(QCoreApplication.translate("NewRecoveryDialog", u"Nieuwe herstelcode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("NewRecoveryDialog", u"Herstelcode afdrukken", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("NewRecoveryDialog", u"A&fdrukken\u2026", None))
#if QT_CONFIG(accessibility)
        self.copyButton.setAccessibleName(QCoreApplication.translate("NewRecoveryDialog", u"Herstelcode kopi\u00ebren", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("NewRecoveryDialog", u"&Kopi\u00ebren", None))
        self.confirmLabel.setText(QCoreApplication.translate("NewRecoveryDialog", u"&Laatste groep ter controle:", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("NewRecoveryDialog", u"Laatste groep van de herstelcode", None))
#endif // QT_CONFIG(accessibility)
        self.confirmEdit.setPlaceholderText(QCoreApplication.translate("NewRecoveryDialog", u"laatste 4 tekens", None))
        self.writtenCheck.setText(QCoreApplication.translate("NewRecoveryDialog", u"Ik heb de nieuwe herstelcode afgedrukt of opgeschreven en bewaar hem op een veilige plek.", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("NewRecoveryDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("NewRecoveryDialog", u"&Annuleren", None))
        self.nextButton.setText(QCoreApplication.translate("NewRecoveryDialog", u"&Nieuwe code maken", None))
    # retranslateUi

