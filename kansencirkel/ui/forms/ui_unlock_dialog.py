# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(460, 340)
        self.mainLayout = QVBoxLayout(UnlockDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.iconLabel = QLabel(UnlockDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.iconLabel.setText(u"")

        self.mainLayout.addWidget(self.iconLabel)

        self.teamLabel = QLabel(UnlockDialog)
        self.teamLabel.setObjectName(u"teamLabel")
        self.teamLabel.setText(u"")
        self.teamLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.teamLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.teamLabel)

        self.demoHint = QLabel(UnlockDialog)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demoHint.setWordWrap(True)
        self.demoHint.setMargin(4)

        self.mainLayout.addWidget(self.demoHint)

        self.placeLabel = QLabel(UnlockDialog)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setText(u"")
        self.placeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.placeLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.memberLabel = QLabel(UnlockDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(UnlockDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.passphraseLabel = QLabel(UnlockDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(UnlockDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(UnlockDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.keyringLabel = QLabel(UnlockDialog)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setText(u"")
        self.keyringLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.keyringLabel)

        self.verticalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.forgotButton = QPushButton(UnlockDialog)
        self.forgotButton.setObjectName(u"forgotButton")
        self.forgotButton.setAutoDefault(False)
        self.forgotButton.setFlat(True)

        self.buttonRow.addWidget(self.forgotButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.quitButton = QPushButton(UnlockDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.quitButton)

        self.unlockButton = QPushButton(UnlockDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonRow.addWidget(self.unlockButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberCombo, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.forgotButton)
        QWidget.setTabOrder(self.forgotButton, self.quitButton)
        QWidget.setTabOrder(self.quitButton, self.unlockButton)

        self.retranslateUi(UnlockDialog)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Kluis openen \u2014 Kansencirkel", None))
#if QT_CONFIG(accessibility)
        self.teamLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Naam van het team", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.demoHint.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Demo-melding", None))
#endif // QT_CONFIG(accessibility)
        self.demoHint.setText(QCoreApplication.translate("UnlockDialog", u"DEMO \u2014 fictieve gegevens. Het wachtwoord is: demo", None))
#if QT_CONFIG(accessibility)
        self.placeLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Waarschuwing over de plek van de kluis", None))
#endif // QT_CONFIG(accessibility)
        self.memberLabel.setText(QCoreApplication.translate("UnlockDialog", u"Wie &ben je:", None))
#if QT_CONFIG(accessibility)
        self.memberCombo.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Teamlid", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Wachtwoord:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Wachtwoord", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keyringLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Wachtwoordbeheer van het systeem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.forgotButton.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Wachtwoord vergeten: open met de herstelcode", None))
#endif // QT_CONFIG(accessibility)
        self.forgotButton.setText(QCoreApplication.translate("UnlockDialog", u"Wachtwoord &vergeten?", None))
        self.quitButton.setText(QCoreApplication.translate("UnlockDialog", u"&Stoppen", None))
        self.unlockButton.setText(QCoreApplication.translate("UnlockDialog", u"&Openen", None))
    # retranslateUi

