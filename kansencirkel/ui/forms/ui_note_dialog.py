# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_NoteDialog(object):
    def setupUi(self, NoteDialog):
        if not NoteDialog.objectName():
            NoteDialog.setObjectName(u"NoteDialog")
        NoteDialog.resize(560, 400)
        self.mainLayout = QVBoxLayout(NoteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.writtenOnEditLabel = QLabel(NoteDialog)
        self.writtenOnEditLabel.setObjectName(u"writtenOnEditLabel")

        self.formLayout.addWidget(self.writtenOnEditLabel, 0, 0, 1, 1)

        self.writtenOnEdit = QDateEdit(NoteDialog)
        self.writtenOnEdit.setObjectName(u"writtenOnEdit")
        self.writtenOnEdit.setCalendarPopup(True)
        self.writtenOnEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.formLayout.addWidget(self.writtenOnEdit, 0, 1, 1, 1)

        self.textEditLabel = QLabel(NoteDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.formLayout.addWidget(self.textEditLabel, 1, 0, 1, 1)

        self.textEdit = QPlainTextEdit(NoteDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.addWidget(self.textEdit, 1, 1, 1, 1)

        self.elementsBoxLabel = QLabel(NoteDialog)
        self.elementsBoxLabel.setObjectName(u"elementsBoxLabel")

        self.formLayout.addWidget(self.elementsBoxLabel, 2, 0, 1, 1)

        self.elementsBox = QWidget(NoteDialog)
        self.elementsBox.setObjectName(u"elementsBox")

        self.formLayout.addWidget(self.elementsBox, 2, 1, 1, 1)

        self.internRadio = QRadioButton(NoteDialog)
        self.internRadio.setObjectName(u"internRadio")
        self.internRadio.setChecked(True)

        self.formLayout.addWidget(self.internRadio, 3, 1, 1, 1)

        self.sharedRadio = QRadioButton(NoteDialog)
        self.sharedRadio.setObjectName(u"sharedRadio")

        self.formLayout.addWidget(self.sharedRadio, 4, 1, 1, 1)

        self.formLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.formLayout)

        self.reasonBox = QWidget(NoteDialog)
        self.reasonBox.setObjectName(u"reasonBox")
        self.reasonLayout = QHBoxLayout(self.reasonBox)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLayout.setContentsMargins(0, 0, 0, 0)
        self.reasonEditLabel = QLabel(self.reasonBox)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.reasonLayout.addWidget(self.reasonEditLabel)

        self.reasonEdit = QLineEdit(self.reasonBox)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonLayout.addWidget(self.reasonEdit)


        self.mainLayout.addWidget(self.reasonBox)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(NoteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(NoteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.writtenOnEditLabel.setBuddy(self.writtenOnEdit)
        self.textEditLabel.setBuddy(self.textEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoteDialog)
    # setupUi

    def retranslateUi(self, NoteDialog):
        NoteDialog.setWindowTitle(QCoreApplication.translate("NoteDialog", u"Notitie", None))
        self.writtenOnEditLabel.setText(QCoreApplication.translate("NoteDialog", u"&Datum", None))
#if QT_CONFIG(accessibility)
        self.writtenOnEdit.setAccessibleName(QCoreApplication.translate("NoteDialog", u"Datum", None))
#endif // QT_CONFIG(accessibility)
        self.textEditLabel.setText(QCoreApplication.translate("NoteDialog", u"&Tekst", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("NoteDialog", u"Tekst van de notitie", None))
#endif // QT_CONFIG(accessibility)
        self.elementsBoxLabel.setText(QCoreApplication.translate("NoteDialog", u"Ontwikkelgebied(en)", None))
        self.internRadio.setText(QCoreApplication.translate("NoteDialog", u"&Intern (alleen het team)", None))
        self.sharedRadio.setText(QCoreApplication.translate("NoteDialog", u"De&elbaar (mag met ouders gedeeld worden)", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("NoteDialog", u"&Reden van de wijziging", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("NoteDialog", u"Reden van de wijziging", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("NoteDialog", u"Waarom? Dit blijft bij de geschiedenis bewaard.", None))
    # retranslateUi

