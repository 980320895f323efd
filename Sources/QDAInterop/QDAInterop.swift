/// Conversions between QDAKit studies and the files of other tools: Whisper transcripts,
/// Word documents and REFI-QDA projects and codebooks.
public enum QDAInterop {}
