# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_dialog.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_EvaluationDialog(object):
    def setupUi(self, EvaluationDialog):
        if not EvaluationDialog.objectName():
            EvaluationDialog.setObjectName(u"EvaluationDialog")
        EvaluationDialog.resize(640, 480)
        self.mainLayout = QVBoxLayout(EvaluationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.whatLabel = QLabel(EvaluationDialog)
        self.whatLabel.setObjectName(u"whatLabel")
        self.whatLabel.setText(u"")
        self.whatLabel.setWordWrap(True)
        self.whatLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.whatLabel)

        self.readingsLabel = QLabel(EvaluationDialog)
        self.readingsLabel.setObjectName(u"readingsLabel")

        self.mainLayout.addWidget(self.readingsLabel)

        self.readingsTree = QTreeWidget(EvaluationDialog)
        self.readingsTree.setObjectName(u"readingsTree")
        self.readingsTree.setRootIsDecorated(False)
        self.readingsTree.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.readingsTree)

        self.changedLabel = QLabel(EvaluationDialog)
        self.changedLabel.setObjectName(u"changedLabel")
        self.changedLabel.setText(u"")
        self.changedLabel.setWordWrap(True)
        self.changedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.changedLabel)

        self.helpedBox = QGroupBox(EvaluationDialog)
        self.helpedBox.setObjectName(u"helpedBox")
        self.helpedLayout = QHBoxLayout(self.helpedBox)
        self.helpedLayout.setObjectName(u"helpedLayout")
        self.jaRadio = QRadioButton(self.helpedBox)
        self.jaRadio.setObjectName(u"jaRadio")

        self.helpedLayout.addWidget(self.jaRadio)

        self.deelsRadio = QRadioButton(self.helpedBox)
        self.deelsRadio.setObjectName(u"deelsRadio")

        self.helpedLayout.addWidget(self.deelsRadio)

        self.neeRadio = QRadioButton(self.helpedBox)
        self.neeRadio.setObjectName(u"neeRadio")

        self.helpedLayout.addWidget(self.neeRadio)

        self.notYetRadio = QRadioButton(self.helpedBox)
        self.notYetRadio.setObjectName(u"notYetRadio")

        self.helpedLayout.addWidget(self.notYetRadio)


        self.mainLayout.addWidget(self.helpedBox)

        self.sentenceLayout = QHBoxLayout()
        self.sentenceLayout.setObjectName(u"sentenceLayout")
        self.sentenceEditLabel = QLabel(EvaluationDialog)
        self.sentenceEditLabel.setObjectName(u"sentenceEditLabel")

        self.sentenceLayout.addWidget(self.sentenceEditLabel)

        self.sentenceEdit = QLineEdit(EvaluationDialog)
        self.sentenceEdit.setObjectName(u"sentenceEdit")

        self.sentenceLayout.addWidget(self.sentenceEdit)


        self.mainLayout.addLayout(self.sentenceLayout)

        self.errorLabel = QLabel(EvaluationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EvaluationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.readingsLabel.setBuddy(self.readingsTree)
        self.sentenceEditLabel.setBuddy(self.sentenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.readingsTree, self.jaRadio)
        QWidget.setTabOrder(self.jaRadio, self.deelsRadio)
        QWidget.setTabOrder(self.deelsRadio, self.neeRadio)
        QWidget.setTabOrder(self.neeRadio, self.notYetRadio)
        QWidget.setTabOrder(self.notYetRadio, self.sentenceEdit)

        self.retranslateUi(EvaluationDialog)
    # setupUi

    def retranslateUi(self, EvaluationDialog):
        EvaluationDialog.setWindowTitle(QCoreApplication.translate("EvaluationDialog", u"Afspraak evalueren", None))
        self.readingsLabel.setText(QCoreApplication.translate("EvaluationDialog", u"&Metingen v\u00f3\u00f3r de start en sindsdien", None))
        ___qtreewidgetitem = self.readingsTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("EvaluationDialog", u"Sindsdien", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("EvaluationDialog", u"V\u00f3\u00f3r de start", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("EvaluationDialog", u"Gezichtspunt", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("EvaluationDialog", u"Ontwikkelgebied", None))
#if QT_CONFIG(accessibility)
        self.readingsTree.setAccessibleName(QCoreApplication.translate("EvaluationDialog", u"Metingen v\u00f3\u00f3r de start en sindsdien", None))
#endif // QT_CONFIG(accessibility)
        self.helpedBox.setTitle(QCoreApplication.translate("EvaluationDialog", u"Heeft het geholpen?", None))
#if QT_CONFIG(accessibility)
        self.helpedBox.setAccessibleName(QCoreApplication.translate("EvaluationDialog", u"Heeft het geholpen?", None))
#endif // QT_CONFIG(accessibility)
        self.jaRadio.setText(QCoreApplication.translate("EvaluationDialog", u"&Ja", None))
        self.deelsRadio.setText(QCoreApplication.translate("EvaluationDialog", u"D&eels", None))
        self.neeRadio.setText(QCoreApplication.translate("EvaluationDialog", u"&Nee", None))
        self.notYetRadio.setText(QCoreApplication.translate("EvaluationDialog", u"&Weet nog niet", None))
        self.sentenceEditLabel.setText(QCoreApplication.translate("EvaluationDialog", u"&In \u00e9\u00e9n zin", None))
#if QT_CONFIG(accessibility)
        self.sentenceEdit.setAccessibleName(QCoreApplication.translate("EvaluationDialog", u"In \u00e9\u00e9n zin: wat zag het team?", None))
#endif // QT_CONFIG(accessibility)
        self.sentenceEdit.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"Wat zag het team? Bijvoorbeeld: ze speelt nu vaker buiten.", None))
    # retranslateUi

