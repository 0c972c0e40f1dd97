"""A test's stand-in host keys on the console output (AWS behaviour, faked keys).

On AWS, cloud-init prints the instance's SSH host public keys on the
console at first boot, between "-----BEGIN SSH HOST KEY KEYS-----" and
"-----END SSH HOST KEY KEYS-----", and GetConsoleOutput returns that
console text base64-encoded; the block appears only some time after the
instance is running. moto's GetConsoleOutput returns a fixed kernel boot
log without it.

With MOTO_STAND_IN_HOST_KEYS set in moto's environment (start_moto
MOTO_STAND_IN_HOST_KEYS=FILE), FILE holding public key lines ("ssh-ed25519
AAAA... comment", as a .pub file), the console output of every instance
is moto's boot log followed by cloud-init's fingerprint and key blocks
with those keys (each line's comment replaced by root@HOSTNAME, as
cloud-init prints them), except on the first GetConsoleOutput of each
instance, which has the boot log only, as the console of an instance
whose cloud-init has not run yet: a waiter must poll again. FILE is read
at each call. With MOTO_STAND_IN_PUBLIC_IP (ec2_public_ip_stand_in.py)
naming the test's sshd and FILE its host key, an instance's address and
host keys are the sshd's. Unset, moto answers as it always does.
"""
import os

from moto.core.responses import ActionResult
from moto.core.utils import utcnow
from moto.ec2.responses import general
from moto.ec2.utils import Base64EncodedString

# Read at each call, not at import: moto_zygote.py's forks take the variable
# from the file that asked for them.
_calls = {}


def _cloud_init_blocks(instance):
    host = "ip-" + (instance.private_ip or "10-0-0-1").replace(".", "-")
    with open(os.environ["MOTO_STAND_IN_HOST_KEYS"]) as f:
        keys = [l.split()[:2] for l in f if l.strip() and not l.startswith("#")]
    lines = ["ec2: #############################################################",
             "ec2: -----BEGIN SSH HOST KEY FINGERPRINTS-----"]
    lines += ["ec2: 256 SHA256:(stand-in) root@%s (%s)" % (host, t) for t, _ in keys]
    lines += ["ec2: -----END SSH HOST KEY FINGERPRINTS-----",
              "ec2: #############################################################",
              "-----BEGIN SSH HOST KEY KEYS-----"]
    lines += ["%s %s root@%s" % (t, b, host) for t, b in keys]
    lines += ["-----END SSH HOST KEY KEYS-----",
              "[   42.000000] cloud-init[1]: Cloud-init v. 23.4 finished"]
    return "\r\n".join(lines) + "\r\n"


_get_console_output = general.General.get_console_output


def get_console_output(self):
    if not os.environ.get("MOTO_STAND_IN_HOST_KEYS"):
        return _get_console_output(self)
    instance_id = self._get_param("InstanceId")
    instance = self.ec2_backend.get_instance(instance_id)
    _calls[instance.id] = _calls.get(instance.id, 0) + 1
    text = general.SAMPLE_CONSOLE_OUTPUT
    if _calls[instance.id] > 1:
        text += _cloud_init_blocks(instance)
    return ActionResult({
        "InstanceId": instance.id,
        "Timestamp": utcnow(),
        "Output": Base64EncodedString.from_raw_string(text),
    })


general.General.get_console_output = get_console_output
