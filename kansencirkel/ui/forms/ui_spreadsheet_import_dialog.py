# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'spreadsheet_import_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SpreadsheetImportDialog(object):
    def setupUi(self, SpreadsheetImportDialog):
        if not SpreadsheetImportDialog.objectName():
            SpreadsheetImportDialog.setObjectName(u"SpreadsheetImportDialog")
        SpreadsheetImportDialog.resize(860, 600)
        self.mainLayout = QVBoxLayout(SpreadsheetImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(SpreadsheetImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")
        self.fileLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(SpreadsheetImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.stack = QStackedWidget(SpreadsheetImportDialog)
        self.stack.setObjectName(u"stack")
        self.planPage = QWidget()
        self.planPage.setObjectName(u"planPage")
        self.planLayout = QVBoxLayout(self.planPage)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, -1, 0, -1)
        self.newLabel = QLabel(self.planPage)
        self.newLabel.setObjectName(u"newLabel")

        self.planLayout.addWidget(self.newLabel)

        self.newTable = QTableWidget(self.planPage)
        self.newTable.setObjectName(u"newTable")
        self.newTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.newTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.newTable.setTabKeyNavigation(False)
        self.newTable.setAlternatingRowColors(True)

        self.planLayout.addWidget(self.newTable)

        self.matchedLabel = QLabel(self.planPage)
        self.matchedLabel.setObjectName(u"matchedLabel")

        self.planLayout.addWidget(self.matchedLabel)

        self.matchedTable = QTableWidget(self.planPage)
        self.matchedTable.setObjectName(u"matchedTable")
        self.matchedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matchedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matchedTable.setTabKeyNavigation(False)
        self.matchedTable.setAlternatingRowColors(True)

        self.planLayout.addWidget(self.matchedTable)

        self.stack.addWidget(self.planPage)
        self.problemsPage = QWidget()
        self.problemsPage.setObjectName(u"problemsPage")
        self.problemsLayout = QVBoxLayout(self.problemsPage)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(0, -1, 0, -1)
        self.problemsLabel = QLabel(self.problemsPage)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.problemsLayout.addWidget(self.problemsLabel)

        self.problemsList = QListWidget(self.problemsPage)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setWordWrap(True)
        self.problemsList.setAlternatingRowColors(True)
        self.problemsList.setSpacing(3)

        self.problemsLayout.addWidget(self.problemsList)

        self.stack.addWidget(self.problemsPage)

        self.mainLayout.addWidget(self.stack)

        self.statusLabel = QLabel(SpreadsheetImportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.templateButton = QPushButton(SpreadsheetImportDialog)
        self.templateButton.setObjectName(u"templateButton")
        self.templateButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.templateButton)

        self.buttonBox = QDialogButtonBox(SpreadsheetImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.newLabel.setBuddy(self.newTable)
        self.matchedLabel.setBuddy(self.matchedTable)
        self.problemsLabel.setBuddy(self.problemsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SpreadsheetImportDialog)
    # setupUi

    def retranslateUi(self, SpreadsheetImportDialog):
        SpreadsheetImportDialog.setWindowTitle(QCoreApplication.translate("SpreadsheetImportDialog", u"Spreadsheet inlezen", None))
        self.newLabel.setText(QCoreApplication.translate("SpreadsheetImportDialog", u"&Nieuwe kinderen", None))
#if QT_CONFIG(accessibility)
        self.newTable.setAccessibleName(QCoreApplication.translate("SpreadsheetImportDialog", u"Nieuwe kinderen", None))
#endif // QT_CONFIG(accessibility)
        self.matchedLabel.setText(QCoreApplication.translate("SpreadsheetImportDialog", u"&Kinderen die al in de kluis staan", None))
#if QT_CONFIG(accessibility)
        self.matchedTable.setAccessibleName(QCoreApplication.translate("SpreadsheetImportDialog", u"Kinderen die al in de kluis staan", None))
#endif // QT_CONFIG(accessibility)
        self.problemsLabel.setText(QCoreApplication.translate("SpreadsheetImportDialog", u"&Problemen in het bestand", None))
#if QT_CONFIG(accessibility)
        self.problemsList.setAccessibleName(QCoreApplication.translate("SpreadsheetImportDialog", u"Problemen in het bestand", None))
#endif // QT_CONFIG(accessibility)
        self.templateButton.setText(QCoreApplication.translate("SpreadsheetImportDialog", u"Sja&bloon opslaan\u2026", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("SpreadsheetImportDialog", u"Sla een leeg spreadsheet op met de kolommen die Kansencirkel leest", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

