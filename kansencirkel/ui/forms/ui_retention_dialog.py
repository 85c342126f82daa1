# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retention_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RetentionDialog(object):
    def setupUi(self, RetentionDialog):
        if not RetentionDialog.objectName():
            RetentionDialog.setObjectName(u"RetentionDialog")
        RetentionDialog.resize(640, 460)
        self.mainLayout = QVBoxLayout(RetentionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RetentionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.dueTree = QTreeWidget(RetentionDialog)
        self.dueTree.setObjectName(u"dueTree")
        self.dueTree.setRootIsDecorated(False)
        self.dueTree.setUniformRowHeights(True)
        self.dueTree.setAllColumnsShowFocus(True)

        self.mainLayout.addWidget(self.dueTree)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.copyButton = QPushButton(RetentionDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.copyButton)

        self.eraseButton = QPushButton(RetentionDialog)
        self.eraseButton.setObjectName(u"eraseButton")
        self.eraseButton.setAutoDefault(False)

        self.actionLayout.addWidget(self.eraseButton)

        self.actionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)


        self.mainLayout.addLayout(self.actionLayout)

        self.resultLabel = QLabel(RetentionDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.resultLabel)

        self.buttonBox = QDialogButtonBox(RetentionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(RetentionDialog)
    # setupUi

    def retranslateUi(self, RetentionDialog):
        RetentionDialog.setWindowTitle(QCoreApplication.translate("RetentionDialog", u"Bewaartermijn verlopen", None))
        self.introLabel.setText(QCoreApplication.translate("RetentionDialog", u"Van deze afgesloten dossiers is de bewaartermijn voorbij. Maak een AVG-kopie als de ouders of de jongere daarom vroegen, en wis het dossier daarna.", None))
        ___qtreewidgetitem = self.dueTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RetentionDialog", u"Bewaren tot", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RetentionDialog", u"Afgesloten op", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RetentionDialog", u"Naam", None))
#if QT_CONFIG(accessibility)
        self.dueTree.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Dossiers over de bewaartermijn", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("RetentionDialog", u"&AVG-kopie maken\u2026", None))
        self.eraseButton.setText(QCoreApplication.translate("RetentionDialog", u"&Wissen\u2026", None))
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("RetentionDialog", u"Uitkomst van het wissen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

