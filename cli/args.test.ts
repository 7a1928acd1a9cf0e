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

describe("parseCommand: extract --time-zone", () => {
  it("takes a time zone name, and leaves it out when not given (the SDK sends this machine's)", () => {
    expect(parseCommand(["extract", "shot.png", "--time-zone", "Asia/Tokyo"], {})).toMatchObject({
      command: "extract",
      timeZone: "Asia/Tokyo",
    });
    expect(parseCommand(["extract", "shot.png"], {})).not.toHaveProperty("timeZone");
  });

  it("refuses a zone that is not one, as a usage error", () => {
    expect(() => parseCommand(["extract", "shot.png", "--time-zone", "Tokyo time"], {})).toThrow(
      /--time-zone: "Tokyo time" is not a time zone/,
    );
  });
});
