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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AgendaExportDialog(object):
    def setupUi(self, AgendaExportDialog):
        if not AgendaExportDialog.objectName():
            AgendaExportDialog.setObjectName(u"AgendaExportDialog")
        AgendaExportDialog.resize(520, 440)
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
        self.childrenLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.childrenLabel)

        self.childrenLayout = QHBoxLayout()
        self.childrenLayout.setObjectName(u"childrenLayout")
        self.childrenList = QListWidget(AgendaExportDialog)
        self.childrenList.setObjectName(u"childrenList")

        self.childrenLayout.addWidget(self.childrenList)

        self.orderLayout = QVBoxLayout()
        self.orderLayout.setObjectName(u"orderLayout")
        self.upButton = QPushButton(AgendaExportDialog)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.orderLayout.addWidget(self.upButton)

        self.downButton = QPushButton(AgendaExportDialog)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.orderLayout.addWidget(self.downButton)

        self.orderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.orderLayout.addItem(self.orderSpacer)


        self.childrenLayout.addLayout(self.orderLayout)


        self.mainLayout.addLayout(self.childrenLayout)

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
        self.childrenLabel.setBuddy(self.childrenList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.childrenList)
        QWidget.setTabOrder(self.childrenList, self.upButton)
        QWidget.setTabOrder(self.upButton, self.downButton)
        QWidget.setTabOrder(self.downButton, self.buttonBox)

        self.retranslateUi(AgendaExportDialog)
    # setupUi

    def retranslateUi(self, AgendaExportDialog):
        AgendaExportDialog.setWindowTitle(QCoreApplication.translate("AgendaExportDialog", u"Agenda maken (PDF)", None))
        self.dateEditLabel.setText(QCoreApplication.translate("AgendaExportDialog", u"&Datum van het overleg", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("AgendaExportDialog", u"Datum van het overleg", None))
#endif // QT_CONFIG(accessibility)
        self.childrenLabel.setText(QCoreApplication.translate("AgendaExportDialog", u"&Kinderen op de agenda (vink aan met de spatiebalk; de volgorde is die op papier)", None))
#if QT_CONFIG(accessibility)
        self.childrenList.setAccessibleName(QCoreApplication.translate("AgendaExportDialog", u"Kinderen op de agenda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.childrenList.setAccessibleDescription(QCoreApplication.translate("AgendaExportDialog", u"Aangevinkte kinderen komen op de agenda, in deze volgorde.", None))
#endif // QT_CONFIG(accessibility)
        self.upButton.setText(QCoreApplication.translate("AgendaExportDialog", u"Om&hoog", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("AgendaExportDialog", u"Het gekozen kind een plaats eerder op de agenda", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("AgendaExportDialog", u"Om&laag", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("AgendaExportDialog", u"Het gekozen kind een plaats later op de agenda", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

