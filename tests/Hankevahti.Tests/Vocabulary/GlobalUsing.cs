// The library makes its vocabulary ambient (src/Hankevahti/Vocabulary/GlobalUsing.cs); tests read it the same way.
global using Hankevahti.Vocabulary;
