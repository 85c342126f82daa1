# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kinds_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_KindsDialog(object):
    def setupUi(self, KindsDialog):
        if not KindsDialog.objectName():
            KindsDialog.setObjectName(u"KindsDialog")
        KindsDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(KindsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(KindsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.kindsListLabel = QLabel(KindsDialog)
        self.kindsListLabel.setObjectName(u"kindsListLabel")

        self.mainLayout.addWidget(self.kindsListLabel)

        self.kindsList = QListWidget(KindsDialog)
        self.kindsList.setObjectName(u"kindsList")

        self.mainLayout.addWidget(self.kindsList)

        self.nameLayout = QHBoxLayout()
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameEditLabel = QLabel(KindsDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.nameLayout.addWidget(self.nameEditLabel)

        self.nameEdit = QLineEdit(KindsDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.nameLayout.addWidget(self.nameEdit)


        self.mainLayout.addLayout(self.nameLayout)

        self.editButtons = QHBoxLayout()
        self.editButtons.setObjectName(u"editButtons")
        self.addButton = QPushButton(KindsDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.editButtons.addWidget(self.addButton)

        self.renameButton = QPushButton(KindsDialog)
        self.renameButton.setObjectName(u"renameButton")
        self.renameButton.setAutoDefault(False)

        self.editButtons.addWidget(self.renameButton)

        self.retireButton = QPushButton(KindsDialog)
        self.retireButton.setObjectName(u"retireButton")
        self.retireButton.setAutoDefault(False)

        self.editButtons.addWidget(self.retireButton)

        self.editSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editButtons.addItem(self.editSpacer)


        self.mainLayout.addLayout(self.editButtons)

        self.errorLabel = QLabel(KindsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(KindsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindsListLabel.setBuddy(self.kindsList)
        self.nameEditLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindsList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.retireButton)

        self.retranslateUi(KindsDialog)
    # setupUi

    def retranslateUi(self, KindsDialog):
        KindsDialog.setWindowTitle(QCoreApplication.translate("KindsDialog", u"Soorten afspraken", None))
        self.introLabel.setText(QCoreApplication.translate("KindsDialog", u"De soorten afspraken van deze kluis. Een soort die uit gebruik is, blijft staan bij de afspraken die hem al hebben en telt mee in Wat werkt, maar is niet meer te kiezen voor een nieuwe afspraak.", None))
        self.kindsListLabel.setText(QCoreApplication.translate("KindsDialog", u"Soorten in deze &kluis", None))
#if QT_CONFIG(accessibility)
        self.kindsList.setAccessibleName(QCoreApplication.translate("KindsDialog", u"Soorten afspraken", None))
#endif // QT_CONFIG(accessibility)
        self.nameEditLabel.setText(QCoreApplication.translate("KindsDialog", u"&Naam", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("KindsDialog", u"Naam van de soort afspraak", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("KindsDialog", u"Bijvoorbeeld: Inzet buurtcoach", None))
        self.addButton.setText(QCoreApplication.translate("KindsDialog", u"&Toevoegen", None))
        self.renameButton.setText(QCoreApplication.translate("KindsDialog", u"&Hernoemen", None))
        self.retireButton.setText(QCoreApplication.translate("KindsDialog", u"&Uit gebruik nemen", None))
    # retranslateUi

