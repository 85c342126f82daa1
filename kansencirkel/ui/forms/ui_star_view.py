# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'star_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_StarView(object):
    def setupUi(self, StarView):
        if not StarView.objectName():
            StarView.setObjectName(u"StarView")
        StarView.resize(620, 560)
        self.mainLayout = QVBoxLayout(StarView)
        self.mainLayout.setSpacing(4)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.controlsLayout = QHBoxLayout()
        self.controlsLayout.setObjectName(u"controlsLayout")
        self.modeLabel = QLabel(StarView)
        self.modeLabel.setObjectName(u"modeLabel")

        self.controlsLayout.addWidget(self.modeLabel)

        self.modeCombo = QComboBox(StarView)
        self.modeCombo.addItem("")
        self.modeCombo.addItem("")
        self.modeCombo.addItem("")
        self.modeCombo.setObjectName(u"modeCombo")

        self.controlsLayout.addWidget(self.modeCombo)

        self.perspectiveLabel = QLabel(StarView)
        self.perspectiveLabel.setObjectName(u"perspectiveLabel")

        self.controlsLayout.addWidget(self.perspectiveLabel)

        self.perspectiveCombo = QComboBox(StarView)
        self.perspectiveCombo.setObjectName(u"perspectiveCombo")

        self.controlsLayout.addWidget(self.perspectiveCombo)

        self.momentLabel = QLabel(StarView)
        self.momentLabel.setObjectName(u"momentLabel")

        self.controlsLayout.addWidget(self.momentLabel)

        self.momentCombo = QComboBox(StarView)
        self.momentCombo.setObjectName(u"momentCombo")

        self.controlsLayout.addWidget(self.momentCombo)

        self.controlsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controlsLayout.addItem(self.controlsSpacer)

        self.tableButton = QPushButton(StarView)
        self.tableButton.setObjectName(u"tableButton")
        self.tableButton.setCheckable(True)

        self.controlsLayout.addWidget(self.tableButton)

        self.exportButton = QPushButton(StarView)
        self.exportButton.setObjectName(u"exportButton")

        self.controlsLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.controlsLayout)

        self.togglesBox = QWidget(StarView)
        self.togglesBox.setObjectName(u"togglesBox")
        self.togglesLayout = QHBoxLayout(self.togglesBox)
        self.togglesLayout.setObjectName(u"togglesLayout")
        self.togglesLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.togglesBox)

        self.canvasHost = QWidget(StarView)
        self.canvasHost.setObjectName(u"canvasHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.canvasHost.sizePolicy().hasHeightForWidth())
        self.canvasHost.setSizePolicy(sizePolicy)
        self.canvasHost.setMinimumSize(QSize(320, 300))
        self.canvasLayout = QVBoxLayout(self.canvasHost)
        self.canvasLayout.setObjectName(u"canvasLayout")
        self.canvasLayout.setContentsMargins(0, 0, 0, 0)
        self.scoreTable = QTableWidget(self.canvasHost)
        self.scoreTable.setObjectName(u"scoreTable")
        self.scoreTable.setVisible(False)
        self.scoreTable.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scoreTable.setTabKeyNavigation(False)
        self.scoreTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scoreTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scoreTable.setWordWrap(True)

        self.canvasLayout.addWidget(self.scoreTable)

        self.placeholderLabel = QLabel(self.canvasHost)
        self.placeholderLabel.setObjectName(u"placeholderLabel")
        self.placeholderLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholderLabel.setWordWrap(True)

        self.canvasLayout.addWidget(self.placeholderLabel)


        self.mainLayout.addWidget(self.canvasHost)

#if QT_CONFIG(shortcut)
        self.modeLabel.setBuddy(self.modeCombo)
        self.perspectiveLabel.setBuddy(self.perspectiveCombo)
        self.momentLabel.setBuddy(self.momentCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StarView)
    # setupUi

    def retranslateUi(self, StarView):
#if QT_CONFIG(accessibility)
        StarView.setAccessibleName(QCoreApplication.translate("StarView", u"Kansencirkel-ster", None))
#endif // QT_CONFIG(accessibility)
        self.modeLabel.setText(QCoreApplication.translate("StarView", u"Weer&gave", None))
        self.modeCombo.setItemText(0, QCoreApplication.translate("StarView", u"Per gezichtspunt", None))
        self.modeCombo.setItemText(1, QCoreApplication.translate("StarView", u"In de tijd", None))
        self.modeCombo.setItemText(2, QCoreApplication.translate("StarView", u"Verloop per element", None))

#if QT_CONFIG(accessibility)
        self.modeCombo.setAccessibleName(QCoreApplication.translate("StarView", u"Weergave van de ster", None))
#endif // QT_CONFIG(accessibility)
        self.perspectiveLabel.setText(QCoreApplication.translate("StarView", u"&Gezichtspunt", None))
#if QT_CONFIG(accessibility)
        self.perspectiveCombo.setAccessibleName(QCoreApplication.translate("StarView", u"Gezichtspunt in de tijd", None))
#endif // QT_CONFIG(accessibility)
        self.momentLabel.setText(QCoreApplication.translate("StarView", u"Mom&ent", None))
#if QT_CONFIG(accessibility)
        self.momentCombo.setAccessibleName(QCoreApplication.translate("StarView", u"Moment van de metingen", None))
#endif // QT_CONFIG(accessibility)
        self.tableButton.setText(QCoreApplication.translate("StarView", u"&Als tabel", None))
#if QT_CONFIG(accessibility)
        self.tableButton.setAccessibleName(QCoreApplication.translate("StarView", u"Scores als tabel tonen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.tableButton.setToolTip(QCoreApplication.translate("StarView", u"Toon de scores van de ster als tabel (ook voor schermlezers)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("StarView", u"Be&waren als\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("StarView", u"Bewaar deze grafiek als PNG-afbeelding of SVG", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.togglesBox.setAccessibleName(QCoreApplication.translate("StarView", u"Gezichtspunten tonen of verbergen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scoreTable.setAccessibleName(QCoreApplication.translate("StarView", u"Scores van de ster als tabel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scoreTable.setAccessibleDescription(QCoreApplication.translate("StarView", u"Per element de score van elk gezichtspunt; een oudere meting staat schuin met haar leeftijd", None))
#endif // QT_CONFIG(accessibility)
        self.placeholderLabel.setText(QCoreApplication.translate("StarView", u"Nog geen metingen om te tonen.", None))
    # retranslateUi

