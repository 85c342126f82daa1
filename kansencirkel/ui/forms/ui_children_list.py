# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'children_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ChildrenList(object):
    def setupUi(self, ChildrenList):
        if not ChildrenList.objectName():
            ChildrenList.setObjectName(u"ChildrenList")
        ChildrenList.resize(1000, 600)
        self.mainLayout = QVBoxLayout(ChildrenList)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchLabel = QLabel(ChildrenList)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ChildrenList)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(260, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.statusLabel = QLabel(ChildrenList)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(ChildrenList)
        self.statusFilter.addItem("")
        self.statusFilter.addItem("")
        self.statusFilter.addItem("")
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.attentionOnly = QCheckBox(ChildrenList)
        self.attentionOnly.setObjectName(u"attentionOnly")

        self.filterRow.addWidget(self.attentionOnly)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.addButton = QPushButton(ChildrenList)
        self.addButton.setObjectName(u"addButton")

        self.filterRow.addWidget(self.addButton)


        self.mainLayout.addLayout(self.filterRow)

        self.table = QTableView(ChildrenList)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.table)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.countLabel = QLabel(ChildrenList)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.bottomRow.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.openButton = QPushButton(ChildrenList)
        self.openButton.setObjectName(u"openButton")

        self.bottomRow.addWidget(self.openButton)

        self.editButton = QPushButton(ChildrenList)
        self.editButton.setObjectName(u"editButton")

        self.bottomRow.addWidget(self.editButton)

        self.closeButton = QPushButton(ChildrenList)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.statusLabel.setBuddy(self.statusFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.attentionOnly)
        QWidget.setTabOrder(self.attentionOnly, self.addButton)
        QWidget.setTabOrder(self.addButton, self.table)
        QWidget.setTabOrder(self.table, self.openButton)
        QWidget.setTabOrder(self.openButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.closeButton)

        self.retranslateUi(ChildrenList)
    # setupUi

    def retranslateUi(self, ChildrenList):
        self.searchLabel.setText(QCoreApplication.translate("ChildrenList", u"&Zoeken:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ChildrenList", u"Zoeken op naam, school of groep", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ChildrenList", u"Naam, school of groep", None))
        self.statusLabel.setText(QCoreApplication.translate("ChildrenList", u"&Toon:", None))
        self.statusFilter.setItemText(0, QCoreApplication.translate("ChildrenList", u"Actief", None))
        self.statusFilter.setItemText(1, QCoreApplication.translate("ChildrenList", u"Afgesloten", None))
        self.statusFilter.setItemText(2, QCoreApplication.translate("ChildrenList", u"Alle", None))

#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("ChildrenList", u"Welke kinderen tonen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attentionOnly.setAccessibleName(QCoreApplication.translate("ChildrenList", u"Alleen kinderen die aandacht nodig hebben", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.attentionOnly.setToolTip(QCoreApplication.translate("ChildrenList", u"Afspraken over de datum, een overleg dat eraan komt of een gezichtspunt dat ontbreekt of lang niet is gescoord", None))
#endif // QT_CONFIG(tooltip)
        self.attentionOnly.setText(QCoreApplication.translate("ChildrenList", u"Alleen &aandacht nodig", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("ChildrenList", u"Kind toevoegen", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ChildrenList", u"Kind toe&voegen\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ChildrenList", u"Lijst met kinderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("ChildrenList", u"Aantal kinderen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("ChildrenList", u"Gekozen kind openen", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("ChildrenList", u"O&penen", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("ChildrenList", u"Gegevens van het gekozen kind wijzigen", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("ChildrenList", u"&Wijzigen\u2026", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ChildrenList", u"Dossier afsluiten of heropenen", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ChildrenList", u"Dossier a&fsluiten", None))
        pass
    # retranslateUi

