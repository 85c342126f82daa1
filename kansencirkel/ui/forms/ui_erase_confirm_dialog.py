# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'erase_confirm_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EraseConfirmDialog(object):
    def setupUi(self, EraseConfirmDialog):
        if not EraseConfirmDialog.objectName():
            EraseConfirmDialog.setObjectName(u"EraseConfirmDialog")
        EraseConfirmDialog.resize(480, 220)
        self.mainLayout = QVBoxLayout(EraseConfirmDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.promptLabel = QLabel(EraseConfirmDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.promptLabel)

        self.understoodCheck = QCheckBox(EraseConfirmDialog)
        self.understoodCheck.setObjectName(u"understoodCheck")

        self.mainLayout.addWidget(self.understoodCheck)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(EraseConfirmDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(EraseConfirmDialog)
    # setupUi

    def retranslateUi(self, EraseConfirmDialog):
        EraseConfirmDialog.setWindowTitle(QCoreApplication.translate("EraseConfirmDialog", u"Dossier wissen", None))
        self.understoodCheck.setText(QCoreApplication.translate("EraseConfirmDialog", u"&Ik begrijp dat wissen niet ongedaan kan worden gemaakt", None))
    # retranslateUi

