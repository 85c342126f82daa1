# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'element_row.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QWidget)

class Ui_ElementRow(object):
    def setupUi(self, ElementRow):
        if not ElementRow.objectName():
            ElementRow.setObjectName(u"ElementRow")
        ElementRow.resize(820, 56)
        ElementRow.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rowLayout = QGridLayout(ElementRow)
        self.rowLayout.setObjectName(u"rowLayout")
        self.rowLayout.setHorizontalSpacing(8)
        self.rowLayout.setVerticalSpacing(2)
        self.rowLayout.setContentsMargins(6, 3, 6, 3)
        self.nameLabel = QLabel(ElementRow)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setMinimumSize(QSize(118, 0))
        self.nameLabel.setText(u"Element")

        self.rowLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.scoreLayout = QHBoxLayout()
        self.scoreLayout.setSpacing(3)
        self.scoreLayout.setObjectName(u"scoreLayout")
        self.score1Button = QPushButton(ElementRow)
        self.score1Button.setObjectName(u"score1Button")
        self.score1Button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.score1Button.setCheckable(True)

        self.scoreLayout.addWidget(self.score1Button)

        self.score2Button = QPushButton(ElementRow)
        self.score2Button.setObjectName(u"score2Button")
        self.score2Button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.score2Button.setCheckable(True)

        self.scoreLayout.addWidget(self.score2Button)

        self.score3Button = QPushButton(ElementRow)
        self.score3Button.setObjectName(u"score3Button")
        self.score3Button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.score3Button.setCheckable(True)

        self.scoreLayout.addWidget(self.score3Button)

        self.score4Button = QPushButton(ElementRow)
        self.score4Button.setObjectName(u"score4Button")
        self.score4Button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.score4Button.setCheckable(True)

        self.scoreLayout.addWidget(self.score4Button)

        self.score5Button = QPushButton(ElementRow)
        self.score5Button.setObjectName(u"score5Button")
        self.score5Button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.score5Button.setCheckable(True)

        self.scoreLayout.addWidget(self.score5Button)

        self.unknownButton = QPushButton(ElementRow)
        self.unknownButton.setObjectName(u"unknownButton")
        self.unknownButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unknownButton.setCheckable(True)

        self.scoreLayout.addWidget(self.unknownButton)


        self.rowLayout.addLayout(self.scoreLayout, 0, 1, 1, 1)

        self.noteEdit = QLineEdit(ElementRow)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(120, 0))

        self.rowLayout.addWidget(self.noteEdit, 0, 2, 1, 1)

        self.compareLabel = QLabel(ElementRow)
        self.compareLabel.setObjectName(u"compareLabel")
        self.compareLabel.setWordWrap(True)
        self.compareLabel.setText(u"")

        self.rowLayout.addWidget(self.compareLabel, 1, 1, 1, 2)


        self.retranslateUi(ElementRow)
    # setupUi

    def retranslateUi(self, ElementRow):
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ElementRow", u"Toelichting", None))
#if QT_CONFIG(tooltip)
        self.noteEdit.setToolTip(QCoreApplication.translate("ElementRow", u"Toelichting bij dit gebied (mag leeg)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ElementRow", u"Toelichting", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

