package mfainspector.demo;

import mfainspector.genauth.Secret;
import mfainspector.genauth.TokenAuthMethod;

/** One application of the demo tenant; each authenticates itself at sign-in by its own method. */
public record DemoApp(String name, String appId, Secret appSecret, TokenAuthMethod method) {
}
