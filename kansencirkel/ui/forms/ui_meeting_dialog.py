# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(600, 420)
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.heldOnEditLabel = QLabel(MeetingDialog)
        self.heldOnEditLabel.setObjectName(u"heldOnEditLabel")

        self.formLayout.addWidget(self.heldOnEditLabel, 0, 0, 1, 1)

        self.heldOnEdit = QDateEdit(MeetingDialog)
        self.heldOnEdit.setObjectName(u"heldOnEdit")
        self.heldOnEdit.setCalendarPopup(True)
        self.heldOnEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.formLayout.addWidget(self.heldOnEdit, 0, 1, 1, 1)

        self.kindComboLabel = QLabel(MeetingDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.addWidget(self.kindComboLabel, 1, 0, 1, 1)

        self.kindCombo = QComboBox(MeetingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.addWidget(self.kindCombo, 1, 1, 1, 1)

        self.attendeesListLabel = QLabel(MeetingDialog)
        self.attendeesListLabel.setObjectName(u"attendeesListLabel")

        self.formLayout.addWidget(self.attendeesListLabel, 2, 0, 1, 1)

        self.attendeesList = QListWidget(MeetingDialog)
        self.attendeesList.setObjectName(u"attendeesList")
        self.attendeesList.setMaximumSize(QSize(16777215, 110))

        self.formLayout.addWidget(self.attendeesList, 2, 1, 1, 1)

        self.othersEditLabel = QLabel(MeetingDialog)
        self.othersEditLabel.setObjectName(u"othersEditLabel")

        self.formLayout.addWidget(self.othersEditLabel, 3, 0, 1, 1)

        self.othersEdit = QLineEdit(MeetingDialog)
        self.othersEdit.setObjectName(u"othersEdit")

        self.formLayout.addWidget(self.othersEdit, 3, 1, 1, 1)

        self.summaryEditLabel = QLabel(MeetingDialog)
        self.summaryEditLabel.setObjectName(u"summaryEditLabel")

        self.formLayout.addWidget(self.summaryEditLabel, 4, 0, 1, 1)

        self.summaryEdit = QPlainTextEdit(MeetingDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMaximumSize(QSize(16777215, 70))
        self.summaryEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.summaryEdit, 4, 1, 1, 1)

        self.decisionsEditLabel = QLabel(MeetingDialog)
        self.decisionsEditLabel.setObjectName(u"decisionsEditLabel")

        self.formLayout.addWidget(self.decisionsEditLabel, 5, 0, 1, 1)

        self.decisionsEdit = QPlainTextEdit(MeetingDialog)
        self.decisionsEdit.setObjectName(u"decisionsEdit")
        self.decisionsEdit.setMaximumSize(QSize(16777215, 70))
        self.decisionsEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.decisionsEdit, 5, 1, 1, 1)

        self.nextCheck = QCheckBox(MeetingDialog)
        self.nextCheck.setObjectName(u"nextCheck")

        self.formLayout.addWidget(self.nextCheck, 6, 1, 1, 1)

        self.nextEdit = QDateEdit(MeetingDialog)
        self.nextEdit.setObjectName(u"nextEdit")
        self.nextEdit.setCalendarPopup(True)
        self.nextEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.formLayout.addWidget(self.nextEdit, 7, 1, 1, 1)

        self.formLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.heldOnEditLabel.setBuddy(self.heldOnEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.attendeesListLabel.setBuddy(self.attendeesList)
        self.othersEditLabel.setBuddy(self.othersEdit)
        self.summaryEditLabel.setBuddy(self.summaryEdit)
        self.decisionsEditLabel.setBuddy(self.decisionsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Overleg", None))
        self.heldOnEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Datum", None))
#if QT_CONFIG(accessibility)
        self.heldOnEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Datum van het overleg", None))
#endif // QT_CONFIG(accessibility)
        self.kindComboLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Soort", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Soort overleg", None))
#endif // QT_CONFIG(accessibility)
        self.attendeesListLabel.setText(QCoreApplication.translate("MeetingDialog", u"A&anwezig", None))
#if QT_CONFIG(accessibility)
        self.attendeesList.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Aanwezig", None))
#endif // QT_CONFIG(accessibility)
        self.othersEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"Ande&ren", None))
        self.othersEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Namen, gescheiden door komma's", None))
#if QT_CONFIG(accessibility)
        self.othersEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Andere aanwezigen", None))
#endif // QT_CONFIG(accessibility)
        self.summaryEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"Sa&menvatting", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Samenvatting", None))
#endif // QT_CONFIG(accessibility)
        self.decisionsEditLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Besluiten", None))
#if QT_CONFIG(accessibility)
        self.decisionsEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Besluiten", None))
#endif // QT_CONFIG(accessibility)
        self.nextCheck.setText(QCoreApplication.translate("MeetingDialog", u"&Volgend overleg op", None))
#if QT_CONFIG(accessibility)
        self.nextEdit.setAccessibleName(QCoreApplication.translate("MeetingDialog", u"Volgend overleg op", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

