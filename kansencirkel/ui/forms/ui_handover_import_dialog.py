# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HandoverImportDialog(object):
    def setupUi(self, HandoverImportDialog):
        if not HandoverImportDialog.objectName():
            HandoverImportDialog.setObjectName(u"HandoverImportDialog")
        HandoverImportDialog.resize(760, 520)
        self.mainLayout = QVBoxLayout(HandoverImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.openForm = QFormLayout()
        self.openForm.setObjectName(u"openForm")
        self.fileLabel = QLabel(HandoverImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.openForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(HandoverImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(HandoverImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.openForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.codeLabel = QLabel(HandoverImportDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.openForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.codeEdit = QLineEdit(HandoverImportDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.codeRow.addWidget(self.codeEdit)

        self.readButton = QPushButton(HandoverImportDialog)
        self.readButton.setObjectName(u"readButton")

        self.codeRow.addWidget(self.readButton)


        self.openForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.codeRow)


        self.mainLayout.addLayout(self.openForm)

        self.summaryLabel = QLabel(HandoverImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.conflictsLabel = QLabel(HandoverImportDialog)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        self.conflictsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.conflictsLabel)

        self.conflictsTable = QTableWidget(HandoverImportDialog)
        if (self.conflictsTable.columnCount() < 4):
            self.conflictsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.conflictsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsTable.setWordWrap(True)

        self.mainLayout.addWidget(self.conflictsTable)

        self.errorLabel = QLabel(HandoverImportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(HandoverImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.browseButton)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.browseButton, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.readButton)
        QWidget.setTabOrder(self.readButton, self.conflictsTable)

        self.retranslateUi(HandoverImportDialog)
    # setupUi

    def retranslateUi(self, HandoverImportDialog):
        HandoverImportDialog.setWindowTitle(QCoreApplication.translate("HandoverImportDialog", u"Overdracht inlezen \u2014 Kansencirkel", None))
        self.fileLabel.setText(QCoreApplication.translate("HandoverImportDialog", u"&Bestand:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("HandoverImportDialog", u"Gekozen overdrachtsbestand", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("HandoverImportDialog", u"&Kiezen\u2026", None))
        self.codeLabel.setText(QCoreApplication.translate("HandoverImportDialog", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("HandoverImportDialog", u"Code van de overdracht", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("HandoverImportDialog", u"zes groepjes van vier tekens, zoals doorgegeven", None))
        self.readButton.setText(QCoreApplication.translate("HandoverImportDialog", u"&Openen", None))
        self.conflictsLabel.setText(QCoreApplication.translate("HandoverImportDialog", u"Op beide plekken gewijzigd; kies per regel welke versie blijft:", None))
        ___qtablewidgetitem = self.conflictsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HandoverImportDialog", u"Wat", None))
        ___qtablewidgetitem1 = self.conflictsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HandoverImportDialog", u"In deze kluis", None))
        ___qtablewidgetitem2 = self.conflictsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HandoverImportDialog", u"In de overdracht", None))
        ___qtablewidgetitem3 = self.conflictsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HandoverImportDialog", u"Blijft", None))
#if QT_CONFIG(accessibility)
        self.conflictsTable.setAccessibleName(QCoreApplication.translate("HandoverImportDialog", u"Conflicten", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

