# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reason_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(480, 200)
        self.mainLayout = QVBoxLayout(ReasonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.promptLabel = QLabel(ReasonDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setText(u"")
        self.promptLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.promptLabel)

        self.reasonLayout = QHBoxLayout()
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonEditLabel = QLabel(ReasonDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.reasonLayout.addWidget(self.reasonEditLabel)

        self.reasonEdit = QLineEdit(ReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.reasonLayout.addWidget(self.reasonEdit)


        self.mainLayout.addLayout(self.reasonLayout)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(ReasonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog):
        ReasonDialog.setWindowTitle(QCoreApplication.translate("ReasonDialog", u"Reden", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("ReasonDialog", u"&Reden", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ReasonDialog", u"Reden", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReasonDialog", u"Waarom? Dit blijft bij de geschiedenis bewaard.", None))
    # retranslateUi

