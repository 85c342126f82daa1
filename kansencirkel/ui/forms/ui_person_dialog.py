# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(480, 290)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.existingComboLabel = QLabel(PersonDialog)
        self.existingComboLabel.setObjectName(u"existingComboLabel")

        self.formLayout.addWidget(self.existingComboLabel, 0, 0, 1, 1)

        self.existingCombo = QComboBox(PersonDialog)
        self.existingCombo.setObjectName(u"existingCombo")

        self.formLayout.addWidget(self.existingCombo, 0, 1, 1, 1)

        self.nameEditLabel = QLabel(PersonDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.addWidget(self.nameEditLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.roleComboLabel = QLabel(PersonDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.formLayout.addWidget(self.roleComboLabel, 2, 0, 1, 1)

        self.roleCombo = QComboBox(PersonDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.addWidget(self.roleCombo, 2, 1, 1, 1)

        self.organisationEditLabel = QLabel(PersonDialog)
        self.organisationEditLabel.setObjectName(u"organisationEditLabel")

        self.formLayout.addWidget(self.organisationEditLabel, 3, 0, 1, 1)

        self.organisationEdit = QLineEdit(PersonDialog)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.formLayout.addWidget(self.organisationEdit, 3, 1, 1, 1)

        self.phoneEditLabel = QLabel(PersonDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.formLayout.addWidget(self.phoneEditLabel, 4, 0, 1, 1)

        self.phoneEdit = QLineEdit(PersonDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.addWidget(self.phoneEdit, 4, 1, 1, 1)

        self.emailEditLabel = QLabel(PersonDialog)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.formLayout.addWidget(self.emailEditLabel, 5, 0, 1, 1)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.addWidget(self.emailEdit, 5, 1, 1, 1)

        self.regieCheck = QCheckBox(PersonDialog)
        self.regieCheck.setObjectName(u"regieCheck")

        self.formLayout.addWidget(self.regieCheck, 6, 1, 1, 1)

        self.formLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.existingComboLabel.setBuddy(self.existingCombo)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.roleComboLabel.setBuddy(self.roleCombo)
        self.organisationEditLabel.setBuddy(self.organisationEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Betrokkene", None))
        self.existingComboLabel.setText(QCoreApplication.translate("PersonDialog", u"&Kies iemand", None))
#if QT_CONFIG(accessibility)
        self.existingCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Bestaande persoon of nieuw", None))
#endif // QT_CONFIG(accessibility)
        self.nameEditLabel.setText(QCoreApplication.translate("PersonDialog", u"&Naam", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Naam", None))
#endif // QT_CONFIG(accessibility)
        self.roleComboLabel.setText(QCoreApplication.translate("PersonDialog", u"&Rol", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Rol", None))
#endif // QT_CONFIG(accessibility)
        self.organisationEditLabel.setText(QCoreApplication.translate("PersonDialog", u"Or&ganisatie", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Organisatie", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEditLabel.setText(QCoreApplication.translate("PersonDialog", u"&Telefoon", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Telefoon", None))
#endif // QT_CONFIG(accessibility)
        self.emailEditLabel.setText(QCoreApplication.translate("PersonDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.regieCheck.setText(QCoreApplication.translate("PersonDialog", u"Regie&houder voor dit kind", None))
    # retranslateUi

