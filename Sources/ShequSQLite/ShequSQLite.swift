import GRDB
import ShequCore
