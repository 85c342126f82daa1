# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_TeamDialog(object):
    def setupUi(self, TeamDialog):
        if not TeamDialog.objectName():
            TeamDialog.setObjectName(u"TeamDialog")
        TeamDialog.resize(720, 460)
        self.mainLayout = QVBoxLayout(TeamDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.membersLabel = QLabel(TeamDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.leftColumn.addWidget(self.membersLabel)

        self.membersList = QListWidget(TeamDialog)
        self.membersList.setObjectName(u"membersList")

        self.leftColumn.addWidget(self.membersList)

        self.removeButton = QPushButton(TeamDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.leftColumn.addWidget(self.removeButton)


        self.columns.addLayout(self.leftColumn)

        self.addGroup = QGroupBox(TeamDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.addLayout = QVBoxLayout(self.addGroup)
        self.addLayout.setObjectName(u"addLayout")
        self.addIntro = QLabel(self.addGroup)
        self.addIntro.setObjectName(u"addIntro")
        self.addIntro.setWordWrap(True)

        self.addLayout.addWidget(self.addIntro)

        self.addForm = QFormLayout()
        self.addForm.setObjectName(u"addForm")
        self.nameLabel = QLabel(self.addGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.addGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.addForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.addGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.addForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.addGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passLabel = QLabel(self.addGroup)
        self.passLabel.setObjectName(u"passLabel")

        self.addForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passLabel)

        self.passEdit = QLineEdit(self.addGroup)
        self.passEdit.setObjectName(u"passEdit")
        self.passEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.addForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passEdit)

        self.repeatLabel = QLabel(self.addGroup)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.addForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(self.addGroup)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.addForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthBar = QProgressBar(self.addGroup)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(100)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)
        self.strengthBar.setMaximumSize(QSize(16777215, 8))

        self.addForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.strengthBar)

        self.strengthLabel = QLabel(self.addGroup)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setWordWrap(True)

        self.addForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.strengthLabel)


        self.addLayout.addLayout(self.addForm)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.addLayout.addWidget(self.addButton)

        self.addSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.addLayout.addItem(self.addSpacer)


        self.columns.addWidget(self.addGroup)


        self.mainLayout.addLayout(self.columns)

        self.messageLabel = QLabel(TeamDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(TeamDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.membersLabel.setBuddy(self.membersList)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passLabel.setBuddy(self.passEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamDialog)
    # setupUi

    def retranslateUi(self, TeamDialog):
        TeamDialog.setWindowTitle(QCoreApplication.translate("TeamDialog", u"Team \u2014 Kansencirkel", None))
        self.membersLabel.setText(QCoreApplication.translate("TeamDialog", u"&Teamleden met een eigen wachtwoord:", None))
#if QT_CONFIG(accessibility)
        self.membersList.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Teamleden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Gekozen teamlid verwijderen", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("TeamDialog", u"Teamlid &verwijderen\u2026", None))
        self.addGroup.setTitle(QCoreApplication.translate("TeamDialog", u"Teamlid toevoegen", None))
        self.addIntro.setText(QCoreApplication.translate("TeamDialog", u"Laat het nieuwe teamlid zelf het wachtwoord typen.", None))
        self.nameLabel.setText(QCoreApplication.translate("TeamDialog", u"&Naam:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Naam van het nieuwe teamlid", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("TeamDialog", u"&Rol:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Rol van het nieuwe teamlid", None))
#endif // QT_CONFIG(accessibility)
        self.passLabel.setText(QCoreApplication.translate("TeamDialog", u"&Wachtwoord:", None))
#if QT_CONFIG(accessibility)
        self.passEdit.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Wachtwoord van het nieuwe teamlid", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("TeamDialog", u"N&og een keer:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Wachtwoord herhalen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Sterkte van het wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("TeamDialog", u"To&evoegen", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Melding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

