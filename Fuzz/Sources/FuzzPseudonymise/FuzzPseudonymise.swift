import FuzzDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPseudonymise(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt { 0 }

@_cdecl("FuzzPseudonymise_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc: argc, argv: argv, fuzzPseudonymise)
}
