# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_export_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AgendaExportDialog(object):
    def setupUi(self, AgendaExportDialog):
        if not AgendaExportDialog.objectName():
            AgendaExportDialog.setObjectName(u"AgendaExportDialog")
        AgendaExportDialog.resize(460, 360)
        self.mainLayout = QVBoxLayout(AgendaExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateEditLabel = QLabel(AgendaExportDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(AgendaExportDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.childrenLabel = QLabel(AgendaExportDialog)
        self.childrenLabel.setObjectName(u"childrenLabel")

        self.mainLayout.addWidget(self.childrenLabel)

        self.childrenList = QListWidget(AgendaExportDialog)
        self.childrenList.setObjectName(u"childrenList")

        self.mainLayout.addWidget(self.childrenList)

        self.statusLabel = QLabel(AgendaExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(AgendaExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgendaExportDialog)
    # setupUi

    def retranslateUi(self, AgendaExportDialog):
        AgendaExportDialog.setWindowTitle(QCoreApplication.translate("AgendaExportDialog", u"Agenda maken (PDF)", None))
        self.dateEditLabel.setText(QCoreApplication.translate("AgendaExportDialog", u"&Datum van het overleg", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("AgendaExportDialog", u"Datum van het overleg", None))
#endif // QT_CONFIG(accessibility)
        self.childrenLabel.setText(QCoreApplication.translate("AgendaExportDialog", u"Kinderen op de agenda", None))
#if QT_CONFIG(accessibility)
        self.childrenList.setAccessibleName(QCoreApplication.translate("AgendaExportDialog", u"Kinderen op de agenda", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

