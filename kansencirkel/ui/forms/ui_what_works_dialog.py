# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'what_works_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_WhatWorksDialog(object):
    def setupUi(self, WhatWorksDialog):
        if not WhatWorksDialog.objectName():
            WhatWorksDialog.setObjectName(u"WhatWorksDialog")
        WhatWorksDialog.resize(900, 600)
        self.mainLayout = QVBoxLayout(WhatWorksDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(WhatWorksDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.introLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.periodComboLabel = QLabel(WhatWorksDialog)
        self.periodComboLabel.setObjectName(u"periodComboLabel")

        self.periodLayout.addWidget(self.periodComboLabel)

        self.periodCombo = QComboBox(WhatWorksDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodLayout.addWidget(self.periodCombo)

        self.periodSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.mainLayout.addLayout(self.periodLayout)

        self.countsTree = QTreeWidget(WhatWorksDialog)
        self.countsTree.headerItem().setText(0, "")
        self.countsTree.setObjectName(u"countsTree")
        self.countsTree.setRootIsDecorated(False)
        self.countsTree.setAlternatingRowColors(True)
        self.countsTree.setWordWrap(True)

        self.mainLayout.addWidget(self.countsTree)

        self.pulseTreeLabel = QLabel(WhatWorksDialog)
        self.pulseTreeLabel.setObjectName(u"pulseTreeLabel")

        self.mainLayout.addWidget(self.pulseTreeLabel)

        self.pulseTree = QTreeWidget(WhatWorksDialog)
        self.pulseTree.headerItem().setText(0, "")
        self.pulseTree.setObjectName(u"pulseTree")
        self.pulseTree.setRootIsDecorated(False)
        self.pulseTree.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.pulseTree)

        self.hiddenLabel = QLabel(WhatWorksDialog)
        self.hiddenLabel.setObjectName(u"hiddenLabel")
        self.hiddenLabel.setText(u"")
        self.hiddenLabel.setWordWrap(True)
        self.hiddenLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.hiddenLabel)

        self.statusLabel = QLabel(WhatWorksDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.pdfButton = QPushButton(WhatWorksDialog)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.pdfButton)

        self.csvButton = QPushButton(WhatWorksDialog)
        self.csvButton.setObjectName(u"csvButton")
        self.csvButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.csvButton)

        self.kindsButton = QPushButton(WhatWorksDialog)
        self.kindsButton.setObjectName(u"kindsButton")
        self.kindsButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.kindsButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(WhatWorksDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.periodComboLabel.setBuddy(self.periodCombo)
        self.pulseTreeLabel.setBuddy(self.pulseTree)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WhatWorksDialog)
    # setupUi

    def retranslateUi(self, WhatWorksDialog):
        WhatWorksDialog.setWindowTitle(QCoreApplication.translate("WhatWorksDialog", u"Wat werkt", None))
        self.periodComboLabel.setText(QCoreApplication.translate("WhatWorksDialog", u"Pe&riode", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("WhatWorksDialog", u"Periode", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countsTree.setAccessibleName(QCoreApplication.translate("WhatWorksDialog", u"Aantallen per soort afspraak", None))
#endif // QT_CONFIG(accessibility)
        self.pulseTreeLabel.setText(QCoreApplication.translate("WhatWorksDialog", u"Hoe ging de samen&werking (per trimester en per kant, na overleggen in deze periode)", None))
#if QT_CONFIG(accessibility)
        self.pulseTree.setAccessibleName(QCoreApplication.translate("WhatWorksDialog", u"Terugblik op de samenwerking per kant", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("WhatWorksDialog", u"Opslaan als &PDF\u2026", None))
        self.csvButton.setText(QCoreApplication.translate("WhatWorksDialog", u"Opslaan als &CSV\u2026", None))
        self.kindsButton.setText(QCoreApplication.translate("WhatWorksDialog", u"Soorten afspraken &bewerken\u2026", None))
    # retranslateUi

