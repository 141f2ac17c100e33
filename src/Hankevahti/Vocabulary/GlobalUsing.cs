// The vocabulary (words, codes, amounts, periods) is shared by every layer of the library, import and
// checks alike; making it ambient keeps one place for that knowledge without a using line in every recogniser.
global using Hankevahti.Vocabulary;
