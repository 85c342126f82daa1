# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(620, 300)
        self.mainLayout = QVBoxLayout(ConsentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QGridLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.requiredLabel = QLabel(ConsentDialog)
        self.requiredLabel.setObjectName(u"requiredLabel")
        self.requiredLabel.setWordWrap(True)
        self.requiredLabel.setText(u"")

        self.formLayout.addWidget(self.requiredLabel, 0, 1, 1, 1)

        self.consenterComboLabel = QLabel(ConsentDialog)
        self.consenterComboLabel.setObjectName(u"consenterComboLabel")

        self.formLayout.addWidget(self.consenterComboLabel, 1, 0, 1, 1)

        self.consenterCombo = QComboBox(ConsentDialog)
        self.consenterCombo.setObjectName(u"consenterCombo")

        self.formLayout.addWidget(self.consenterCombo, 1, 1, 1, 1)

        self.givenByEditLabel = QLabel(ConsentDialog)
        self.givenByEditLabel.setObjectName(u"givenByEditLabel")

        self.formLayout.addWidget(self.givenByEditLabel, 2, 0, 1, 1)

        self.givenByEdit = QLineEdit(ConsentDialog)
        self.givenByEdit.setObjectName(u"givenByEdit")

        self.formLayout.addWidget(self.givenByEdit, 2, 1, 1, 1)

        self.partsBoxLabel = QLabel(ConsentDialog)
        self.partsBoxLabel.setObjectName(u"partsBoxLabel")

        self.formLayout.addWidget(self.partsBoxLabel, 3, 0, 1, 1)

        self.partsBox = QWidget(ConsentDialog)
        self.partsBox.setObjectName(u"partsBox")

        self.formLayout.addWidget(self.partsBox, 3, 1, 1, 1)

        self.audiencesBoxLabel = QLabel(ConsentDialog)
        self.audiencesBoxLabel.setObjectName(u"audiencesBoxLabel")

        self.formLayout.addWidget(self.audiencesBoxLabel, 4, 0, 1, 1)

        self.audiencesBox = QWidget(ConsentDialog)
        self.audiencesBox.setObjectName(u"audiencesBox")

        self.formLayout.addWidget(self.audiencesBox, 4, 1, 1, 1)

        self.givenOnEditLabel = QLabel(ConsentDialog)
        self.givenOnEditLabel.setObjectName(u"givenOnEditLabel")

        self.formLayout.addWidget(self.givenOnEditLabel, 5, 0, 1, 1)

        self.givenOnEdit = QDateEdit(ConsentDialog)
        self.givenOnEdit.setObjectName(u"givenOnEdit")
        self.givenOnEdit.setCalendarPopup(True)
        self.givenOnEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.formLayout.addWidget(self.givenOnEdit, 5, 1, 1, 1)

        self.expiresCheck = QCheckBox(ConsentDialog)
        self.expiresCheck.setObjectName(u"expiresCheck")

        self.formLayout.addWidget(self.expiresCheck, 6, 1, 1, 1)

        self.expiresEdit = QDateEdit(ConsentDialog)
        self.expiresEdit.setObjectName(u"expiresEdit")
        self.expiresEdit.setCalendarPopup(True)
        self.expiresEdit.setDisplayFormat(u"dd-MM-yyyy")

        self.formLayout.addWidget(self.expiresEdit, 7, 1, 1, 1)

        self.remarkEditLabel = QLabel(ConsentDialog)
        self.remarkEditLabel.setObjectName(u"remarkEditLabel")

        self.formLayout.addWidget(self.remarkEditLabel, 8, 0, 1, 1)

        self.remarkEdit = QLineEdit(ConsentDialog)
        self.remarkEdit.setObjectName(u"remarkEdit")

        self.formLayout.addWidget(self.remarkEdit, 8, 1, 1, 1)

        self.formLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(ConsentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ConsentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.consenterComboLabel.setBuddy(self.consenterCombo)
        self.givenByEditLabel.setBuddy(self.givenByEdit)
        self.givenOnEditLabel.setBuddy(self.givenOnEdit)
        self.remarkEditLabel.setBuddy(self.remarkEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Toestemming vastleggen", None))
        self.consenterComboLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Wie geeft toestemming", None))
#if QT_CONFIG(accessibility)
        self.consenterCombo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Wie geeft toestemming", None))
#endif // QT_CONFIG(accessibility)
        self.givenByEditLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Naam", None))
#if QT_CONFIG(accessibility)
        self.givenByEdit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Naam van wie toestemming geeft", None))
#endif // QT_CONFIG(accessibility)
        self.partsBoxLabel.setText(QCoreApplication.translate("ConsentDialog", u"Wat mag gedeeld worden", None))
        self.audiencesBoxLabel.setText(QCoreApplication.translate("ConsentDialog", u"Met wie", None))
        self.givenOnEditLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Gegeven op", None))
#if QT_CONFIG(accessibility)
        self.givenOnEdit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Gegeven op", None))
#endif // QT_CONFIG(accessibility)
        self.expiresCheck.setText(QCoreApplication.translate("ConsentDialog", u"Geldig &tot", None))
#if QT_CONFIG(accessibility)
        self.expiresEdit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Geldig tot", None))
#endif // QT_CONFIG(accessibility)
        self.remarkEditLabel.setText(QCoreApplication.translate("ConsentDialog", u"Op&merking", None))
#if QT_CONFIG(accessibility)
        self.remarkEdit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Opmerking", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

