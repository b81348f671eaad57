package mfainspector;

public final class Main {
    public static void main(String[] args) {
        System.out.println("MFA Inspector");
    }
}
