import { describe, expect, it } from "vitest";
import { parseCommand, UsageError } from "./args";

describe("parseCommand: login and logout", () => {
  it("reads the server and the e-mail, from flags or SUKUSHO_URL", () => {
    expect(parseCommand(["login", "--url", "http://box:3000/", "--email", "a@example.com"], {})).toEqual({
      command: "login",
      url: "http://box:3000",
      email: "a@example.com",
    });
    expect(parseCommand(["logout"], { SUKUSHO_URL: "https://sukusho.example" })).toEqual({
      command: "logout",
      url: "https://sukusho.example",
    });
  });

  it("refuses file names and unknown commands with the list of commands", () => {
    expect(() => parseCommand(["login", "shot.png"], {})).toThrow(UsageError);
    expect(() => parseCommand(["upload", "shot.png"], {})).toThrow(/extract, login and logout/);
  });
});
