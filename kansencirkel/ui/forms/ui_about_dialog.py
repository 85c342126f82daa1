# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(760, 560)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setText(u"")

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.mainLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(AboutDialog)
        self.tabs.setObjectName(u"tabs")
        self.componentsTab = QWidget()
        self.componentsTab.setObjectName(u"componentsTab")
        self.componentsLayout = QVBoxLayout(self.componentsTab)
        self.componentsLayout.setObjectName(u"componentsLayout")
        self.componentsIntro = QLabel(self.componentsTab)
        self.componentsIntro.setObjectName(u"componentsIntro")
        self.componentsIntro.setWordWrap(True)

        self.componentsLayout.addWidget(self.componentsIntro)

        self.componentsSplitter = QSplitter(self.componentsTab)
        self.componentsSplitter.setObjectName(u"componentsSplitter")
        self.componentsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.componentsTree = QTreeWidget(self.componentsSplitter)
        self.componentsTree.setObjectName(u"componentsTree")
        self.componentsTree.setRootIsDecorated(False)
        self.componentsTree.setUniformRowHeights(True)
        self.componentsSplitter.addWidget(self.componentsTree)
        self.licenceText = QPlainTextEdit(self.componentsSplitter)
        self.licenceText.setObjectName(u"licenceText")
        self.licenceText.setReadOnly(True)
        self.componentsSplitter.addWidget(self.licenceText)

        self.componentsLayout.addWidget(self.componentsSplitter)

        self.tabs.addTab(self.componentsTab, "")
        self.securityTab = QWidget()
        self.securityTab.setObjectName(u"securityTab")
        self.securityLayout = QVBoxLayout(self.securityTab)
        self.securityLayout.setObjectName(u"securityLayout")
        self.securityLink = QLabel(self.securityTab)
        self.securityLink.setObjectName(u"securityLink")
        self.securityLink.setText(u"")
        self.securityLink.setWordWrap(True)
        self.securityLink.setOpenExternalLinks(True)
        self.securityLink.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.securityLayout.addWidget(self.securityLink)

        self.securityText = QTextBrowser(self.securityTab)
        self.securityText.setObjectName(u"securityText")
        self.securityText.setOpenExternalLinks(True)

        self.securityLayout.addWidget(self.securityText)

        self.tabs.addTab(self.securityTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Over Kansencirkel", None))
        self.componentsIntro.setText(QCoreApplication.translate("AboutDialog", u"Kansencirkel is gemaakt met deze vrije software. De lijst komt uit de gegevens van de ge\u00efnstalleerde onderdelen; kies een onderdeel om zijn licentietekst te zien.", None))
        ___qtreewidgetitem = self.componentsTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("AboutDialog", u"Zit in", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("AboutDialog", u"Licentie", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("AboutDialog", u"Versie", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AboutDialog", u"Onderdeel", None))
#if QT_CONFIG(accessibility)
        self.componentsTree.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Onderdelen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.licenceText.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Licentietekst", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.componentsTab), QCoreApplication.translate("AboutDialog", u"Onderdelen en licenties", None))
#if QT_CONFIG(accessibility)
        self.securityText.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Tekst van SECURITY.md", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.securityTab), QCoreApplication.translate("AboutDialog", u"Veiligheid", None))
    # retranslateUi

