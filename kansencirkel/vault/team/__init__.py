"""Team store crypto (issue #15, DESIGN §8c): field encryption with the team's data key, the
member's login password and slot secret from one passphrase, and the data key's key slots.

Pure functions on plain data: no Qt, no database engine. The server only ever sees ciphertext,
SCRAM verifiers and wrapped keys.
"""
