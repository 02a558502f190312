import Testing
@testable import ShequCore

@Suite("Natural order of addresses")
struct AddressOrderTests {
    @Test func numbersCompareByValue() {
        let sorted = ["义阳路12号楼", "义阳路3号楼", "义阳路3号楼2单元", "义阳路100号楼", "义阳路03号楼"]
            .sorted(by: AddressOrder.areInIncreasingOrder)
        #expect(sorted == ["义阳路03号楼", "义阳路3号楼", "义阳路3号楼2单元", "义阳路12号楼", "义阳路100号楼"])
    }

    @Test func chineseNumeralsAndFullWidthDigits() {
        #expect(AddressOrder.areInIncreasingOrder("第二组", "第十一组"))
        #expect(AddressOrder.areInIncreasingOrder("第九组", "第十组"))
        #expect(AddressOrder.areInIncreasingOrder("第十组", "第一百零五组"))
        #expect(AddressOrder.areInIncreasingOrder("３号楼", "12号楼"))
        #expect(AddressOrder.chineseNumeralValue("二十三") == 23)
        #expect(AddressOrder.chineseNumeralValue("二〇二四") == 2024)
    }

    @Test func orderIsTotalAndIndependentOfInputOrder() {
        var random = SeededGenerator(seed: 42)
        let parts = ["3", "12", "三", "十二", "号楼", "单元", "路", "A", "0", "００"]
        let addresses = (0..<300).map { _ in
            (0..<Int.random(in: 1...5, using: &random)).map { _ in parts.randomElement(using: &random)! }.joined()
        }
        let once = addresses.sorted(by: AddressOrder.areInIncreasingOrder)
        for _ in 0..<5 {
            #expect(addresses.shuffled(using: &random).sorted(by: AddressOrder.areInIncreasingOrder) == once)
        }
        for (a, b) in zip(once, once.dropFirst()) {
            #expect(!AddressOrder.areInIncreasingOrder(b, a))
        }
    }
}
