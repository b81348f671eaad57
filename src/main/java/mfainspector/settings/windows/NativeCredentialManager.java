package mfainspector.settings.windows;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.ptr.PointerByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;
import java.util.Optional;
import mfainspector.settings.SecretStoreException;

/**
 * Credential Manager through JNA: {@code CredReadW}, {@code CredWriteW}, {@code CredDeleteW} and
 * {@code CredFree} of {@code Advapi32.dll}, on {@code CRED_TYPE_GENERIC} credentials persisted
 * for the local machine user ({@code CRED_PERSIST_LOCAL_MACHINE}: kept across sign-ins on this
 * computer, not roamed to others). Loading this class loads JNA and Advapi32: only on Windows.
 * Native copies of a blob are zeroed before they are released.
 */
final class NativeCredentialManager implements CredentialManager {

    static final int CRED_TYPE_GENERIC = 1;
    static final int CRED_PERSIST_LOCAL_MACHINE = 2;
    static final int ERROR_NOT_FOUND = 1168;
    static final int ERROR_NO_SUCH_LOGON_SESSION = 1312;
    private static final WString USER_NAME = new WString("mfa-inspector");
    private static final WString COMMENT = new WString("MFA Inspector");

    /** The functions of Advapi32.dll used here; UNICODE_OPTIONS binds CredRead to CredReadW and so on. */
    interface Advapi32 extends StdCallLibrary {
        boolean CredRead(WString target, int type, int flags, PointerByReference credential);

        boolean CredWrite(Credential credential, int flags);

        boolean CredDelete(WString target, int type, int flags);

        void CredFree(Pointer buffer);
    }

    /** {@code CREDENTIALW}; {@code LastWritten}, a {@code FILETIME}, is its two 32-bit halves. */
    @Structure.FieldOrder({"Flags", "Type", "TargetName", "Comment", "LastWrittenLow", "LastWrittenHigh",
            "CredentialBlobSize", "CredentialBlob", "Persist", "AttributeCount", "Attributes", "TargetAlias", "UserName"})
    public static final class Credential extends Structure {
        public int Flags;
        public int Type;
        public WString TargetName;
        public WString Comment;
        public int LastWrittenLow;
        public int LastWrittenHigh;
        public int CredentialBlobSize;
        public Pointer CredentialBlob;
        public int Persist;
        public int AttributeCount;
        public Pointer Attributes;
        public WString TargetAlias;
        public WString UserName;

        public Credential() {
        }

        Credential(Pointer p) {
            super(p);
            read();
        }

        /** A field's byte offset, for the test that checks the layout against {@code CREDENTIALW}. */
        int offsetOf(String field) {
            return fieldOffset(field);
        }
    }

    private final Advapi32 advapi32;

    NativeCredentialManager() {
        this.advapi32 = Native.load("Advapi32", Advapi32.class, W32APIOptions.UNICODE_OPTIONS);
    }

    @Override
    public Optional<byte[]> read(String target) throws SecretStoreException {
        PointerByReference found = new PointerByReference();
        if (!advapi32.CredRead(new WString(target), CRED_TYPE_GENERIC, 0, found)) {
            int error = Native.getLastError();
            if (error == ERROR_NOT_FOUND) {
                return Optional.empty();
            }
            throw failure("read", error);
        }
        Pointer p = found.getValue();
        try {
            Credential c = new Credential(p);
            byte[] blob = c.CredentialBlobSize == 0 ? new byte[0] : c.CredentialBlob.getByteArray(0, c.CredentialBlobSize);
            if (c.CredentialBlobSize > 0) {
                c.CredentialBlob.setMemory(0, c.CredentialBlobSize, (byte) 0);
            }
            return Optional.of(blob);
        } finally {
            advapi32.CredFree(p);
        }
    }

    @Override
    public void write(String target, byte[] blob) throws SecretStoreException {
        Credential c = new Credential();
        c.Type = CRED_TYPE_GENERIC;
        c.TargetName = new WString(target);
        c.Comment = COMMENT;
        c.UserName = USER_NAME;
        c.Persist = CRED_PERSIST_LOCAL_MACHINE;
        c.CredentialBlobSize = blob.length;
        try (Memory buffer = new Memory(Math.max(1, blob.length))) {
            try {
                buffer.write(0, blob, 0, blob.length);
                c.CredentialBlob = buffer;
                if (!advapi32.CredWrite(c, 0)) {
                    throw failure("save", Native.getLastError());
                }
            } finally {
                buffer.clear();
            }
        }
    }

    @Override
    public boolean delete(String target) throws SecretStoreException {
        if (advapi32.CredDelete(new WString(target), CRED_TYPE_GENERIC, 0)) {
            return true;
        }
        int error = Native.getLastError();
        if (error == ERROR_NOT_FOUND) {
            return false;
        }
        throw failure("delete", error);
    }

    private static SecretStoreException failure(String action, int error) {
        if (error == ERROR_NO_SUCH_LOGON_SESSION) {
            return new SecretStoreException("Windows Credential Manager could not " + action
                    + " the secret: this sign-in has no credential store (error 1312). Sign in to Windows"
                    + " with your own account, not as a service, or keep secrets for this session only.");
        }
        return new SecretStoreException("Windows Credential Manager could not " + action + " the secret: "
                + new LastErrorException(error).getMessage() + ".");
    }
}
