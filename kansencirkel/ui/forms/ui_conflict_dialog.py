# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(640, 360)
        self.mainLayout = QVBoxLayout(ConflictDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(ConflictDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.explainLabel = QLabel(ConflictDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setText(u"")
        self.explainLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explainLabel)

        self.fieldsTable = QTableWidget(ConflictDialog)
        if (self.fieldsTable.columnCount() < 3):
            self.fieldsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fieldsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fieldsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fieldsTable.setTabKeyNavigation(False)
        self.fieldsTable.setWordWrap(True)

        self.mainLayout.addWidget(self.fieldsTable)

        self.buttonBox = QDialogButtonBox(ConflictDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Intussen veranderd", None))
        self.headingLabel.setText(QCoreApplication.translate("ConflictDialog", u"Iemand anders heeft dit intussen veranderd", None))
        ___qtablewidgetitem = self.fieldsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictDialog", u"Gegeven", None))
        ___qtablewidgetitem1 = self.fieldsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictDialog", u"Wat jij opsloeg", None))
        ___qtablewidgetitem2 = self.fieldsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictDialog", u"Wat nu is opgeslagen", None))
#if QT_CONFIG(accessibility)
        self.fieldsTable.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Verschillen tussen de twee versies", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

