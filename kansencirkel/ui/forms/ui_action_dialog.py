# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(600, 430)
        self.mainLayout = QVBoxLayout(ActionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.whatEditLabel = QLabel(ActionDialog)
        self.whatEditLabel.setObjectName(u"whatEditLabel")

        self.formLayout.addWidget(self.whatEditLabel, 0, 0, 1, 1)

        self.whatEdit = QPlainTextEdit(ActionDialog)
        self.whatEdit.setObjectName(u"whatEdit")
        self.whatEdit.setMaximumSize(QSize(16777215, 70))
        self.whatEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.whatEdit, 0, 1, 1, 1)

        self.ownerComboLabel = QLabel(ActionDialog)
        self.ownerComboLabel.setObjectName(u"ownerComboLabel")

        self.formLayout.addWidget(self.ownerComboLabel, 1, 0, 1, 1)

        self.ownerCombo = QComboBox(ActionDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.formLayout.addWidget(self.ownerCombo, 1, 1, 1, 1)

        self.elementsBoxLabel = QLabel(ActionDialog)
        self.elementsBoxLabel.setObjectName(u"elementsBoxLabel")

        self.formLayout.addWidget(self.elementsBoxLabel, 2, 0, 1, 1)

        self.elementsBox = QWidget(ActionDialog)
        self.elementsBox.setObjectName(u"elementsBox")

        self.formLayout.addWidget(self.elementsBox, 2, 1, 1, 1)

        self.startEditLabel = QLabel(ActionDialog)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.formLayout.addWidget(self.startEditLabel, 3, 0, 1, 1)

        self.startEdit = QDateEdit(ActionDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)
        self.startEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.formLayout.addWidget(self.startEdit, 3, 1, 1, 1)

        self.dueCheck = QCheckBox(ActionDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.formLayout.addWidget(self.dueCheck, 4, 1, 1, 1)

        self.dueEdit = QDateEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.formLayout.addWidget(self.dueEdit, 5, 1, 1, 1)

        self.statusComboLabel = QLabel(ActionDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.formLayout.addWidget(self.statusComboLabel, 6, 0, 1, 1)

        self.statusCombo = QComboBox(ActionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.addWidget(self.statusCombo, 6, 1, 1, 1)

        self.evaluationEditLabel = QLabel(ActionDialog)
        self.evaluationEditLabel.setObjectName(u"evaluationEditLabel")

        self.formLayout.addWidget(self.evaluationEditLabel, 7, 0, 1, 1)

        self.evaluationEdit = QPlainTextEdit(ActionDialog)
        self.evaluationEdit.setObjectName(u"evaluationEdit")
        self.evaluationEdit.setMaximumSize(QSize(16777215, 70))
        self.evaluationEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.evaluationEdit, 7, 1, 1, 1)

        self.meetingComboLabel = QLabel(ActionDialog)
        self.meetingComboLabel.setObjectName(u"meetingComboLabel")

        self.formLayout.addWidget(self.meetingComboLabel, 8, 0, 1, 1)

        self.meetingCombo = QComboBox(ActionDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.formLayout.addWidget(self.meetingCombo, 8, 1, 1, 1)

        self.kindComboLabel = QLabel(ActionDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.addWidget(self.kindComboLabel, 9, 0, 1, 1)

        self.kindCombo = QComboBox(ActionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.addWidget(self.kindCombo, 9, 1, 1, 1)

        self.formLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(ActionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.whatEditLabel.setBuddy(self.whatEdit)
        self.ownerComboLabel.setBuddy(self.ownerCombo)
        self.startEditLabel.setBuddy(self.startEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.evaluationEditLabel.setBuddy(self.evaluationEdit)
        self.meetingComboLabel.setBuddy(self.meetingCombo)
        self.kindComboLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Afspraak", None))
        self.whatEditLabel.setText(QCoreApplication.translate("ActionDialog", u"&Wat wordt er gedaan?", None))
#if QT_CONFIG(accessibility)
        self.whatEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Wat wordt er gedaan", None))
#endif // QT_CONFIG(accessibility)
        self.ownerComboLabel.setText(QCoreApplication.translate("ActionDialog", u"Wie &doet het?", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Wie doet het", None))
#endif // QT_CONFIG(accessibility)
        self.elementsBoxLabel.setText(QCoreApplication.translate("ActionDialog", u"Ontwikkelgebied(en)", None))
        self.startEditLabel.setText(QCoreApplication.translate("ActionDialog", u"&Start", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Startdatum", None))
#endif // QT_CONFIG(accessibility)
        self.dueCheck.setText(QCoreApplication.translate("ActionDialog", u"Uiterlijk &klaar op", None))
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Uiterlijk klaar op", None))
#endif // QT_CONFIG(accessibility)
        self.statusComboLabel.setText(QCoreApplication.translate("ActionDialog", u"S&tatus", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.evaluationEditLabel.setText(QCoreApplication.translate("ActionDialog", u"&Evaluatie", None))
#if QT_CONFIG(accessibility)
        self.evaluationEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Evaluatie", None))
#endif // QT_CONFIG(accessibility)
        self.meetingComboLabel.setText(QCoreApplication.translate("ActionDialog", u"&Bij overleg", None))
#if QT_CONFIG(accessibility)
        self.meetingCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Bij overleg", None))
#endif // QT_CONFIG(accessibility)
        self.kindComboLabel.setText(QCoreApplication.translate("ActionDialog", u"Soo&rt afspraak", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Soort afspraak", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

