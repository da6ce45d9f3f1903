import dev.aidev.sdk.*;

// PromiseResult.json() decodes the result's bytes as new String(bytes, UTF_8) does: malformed
// UTF-8 becomes U+FFFD, consuming the bytes the JDK's decoder consumes (so that, for example,
// an overlong "0" never reads as a digit); value() gives the raw bytes.
//> call from=contract.test.near result="ok" show {}
//> call from=contract.test.near result=0x22c3a9f09f988022 show {}
//> call from=contract.test.near result=0xc0b1 show {}
//> call from=contract.test.near result=0xc1bf41 show {}
//> call from=contract.test.near result=0x80ff41fe show {}
//> call from=contract.test.near result=0xc241 show {}
//> call from=contract.test.near result=0xc2 show {}
//> call from=contract.test.near result=0xe08080 show {}
//> call from=contract.test.near result=0xe0a080 show {}
//> call from=contract.test.near result=0xe0a0 show {}
//> call from=contract.test.near result=0xe080 show {}
//> call from=contract.test.near result=0xe1 show {}
//> call from=contract.test.near result=0xe18041 show {}
//> call from=contract.test.near result=0xe14141 show {}
//> call from=contract.test.near result=0xeda080 show {}
//> call from=contract.test.near result=0xedbfbf41 show {}
//> call from=contract.test.near result=0xed9fbf show {}
//> call from=contract.test.near result=0xefbfbf show {}
//> call from=contract.test.near result=0xf0808080 show {}
//> call from=contract.test.near result=0xf0908080 show {}
//> call from=contract.test.near result=0xf48fbfbf show {}
//> call from=contract.test.near result=0xf4908080 show {}
//> call from=contract.test.near result=0xf5808080 show {}
//> call from=contract.test.near result=0xf8808080 show {}
//> call from=contract.test.near result=0xf09080 show {}
//> call from=contract.test.near result=0xf090 show {}
//> call from=contract.test.near result=0xf0 show {}
//> call from=contract.test.near result=0xf09041 show {}
//> call from=contract.test.near result=0xf04141 show {}
//> call from=contract.test.near result=0xf0904141 show {}
//> call from=contract.test.near result=0xf0908041 show {}
//> call from=contract.test.near result=0xf48f41 show {}
//> call from=contract.test.near result=0xf490 show {}
//> call from=contract.test.near result=0xf7bfbfbf show {}
//> call from=contract.test.near result=0x41c3 show {}
//> call from=contract.test.near result=0x ok_empty {}
@NearContract
public class PromiseResultBytes {
    public PromiseResultBytes() {}

    @Private
    @Call
    public String show() {
        PromiseResult r = Promise.result(0);
        String json = r.json();
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            units.append(' ').append((int) json.charAt(i));
        }
        byte[] raw = r.value();
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < raw.length; i++) {
            bytes.append(' ').append(raw[i]);
        }
        return json.length() + ":" + units.toString() + " /" + bytes.toString();
    }

    @Private
    @Call
    public String okEmpty() {
        PromiseResult r = Promise.result(0);
        return r.isSuccessful() + " [" + r.json() + "] " + r.value().length;
    }
}
