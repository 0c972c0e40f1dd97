#!/usr/bin/env python3
"""tests/twins/twins.py: proof by applying both (issue 86).

For each source, apply the original on one moto and terrace's conversion of
it on a second, then list every object both made (inventory.py: the
services' own Describe/Get/List calls) and print each difference
(normalise.py: only ids, the generated parts of ARNs and names, timestamps
and the tools' own tags are normalised).

  original   a Terraform folder (an examples/*/ folder of the corpus):
             Terraform 1.11 with hashicorp/aws from the machine's mirror
             (/opt/tf-plugins, TF_PROVIDER_MIRROR), pointed at moto by a
             generated override file (every endpoint, path-style S3, no
             credential or account checks); a CloudFormation template
             (*.json, *.yaml, *.template.json): moto's CreateStack.
  terrace    `terrace convert -out stack.yaml SOURCE`, each module folder its
             advice names converted too, then `terrace validate` and
             `terrace apply -auto-approve` with AWS_ENDPOINT_URL at the twin.

Each source ends as one of
  same                      both applied; no difference
  differ (N)                both applied; N differences, each printed
  could not apply (REASON)  one side did not apply: REASON names the side
                            and why (a provider or module not in the mirror
                            or the corpus, a moto gap, terrace's convert,
                            validate or apply failing). Never counted as same.
and the run ends with one line:
  twins: N sources, S same, D differ, U could not apply (COUNT REASON, ...)

terrace's side is converted and validated first; where it does not validate,
the original is not applied (its reason is terrace's), unless --original-always.

Registry module sources (terraform-aws-modules/kms/aws) are rewritten, in a
temporary copy, to the corpus folder of that repository at its release pin.
What the account holds before, made on both motos and never counted: the
CDK's bootstrap (its version parameter and asset bucket) for a template, an
organization for an example that reads `data "aws_organizations_organization"`.

Usage: twins.py [--corpus] [--original-endpoint URL --twin-endpoint URL]
                [--terrace PATH] [--work DIR] [--timeout S] [--edit-after-convert PY]
                [--report FILE]
                [SOURCE...]
With --corpus: every examples/*/ folder of tests/corpus/tfmodules at each
repository's release pin, and every tests/corpus/cdk/**/*.template.json.
Without endpoints, two motos (tests/servers/moto_run.py) are started and
reset between sources. --edit-after-convert runs PY (python, with `stack`
the folder of the converted root) after convert: how the suite plants a
difference to prove one is found (t1595).
"""
import argparse
import collections
import glob
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
import inventory  # noqa: E402
import normalise  # noqa: E402

CORPUS = REPO / "tests" / "corpus" / "tfmodules"
HELDOUT = REPO / "tests" / "corpus" / "tfheldout"
ACCESS_KEY, SECRET_KEY = "AKIAMOTOUNCHECKED000", "moto-accepts-any-secret"
REGION_RE = re.compile(r"\b(us|eu|ap|ca|sa|me|af|il)-(east|west|north|south|central|northeast|southeast|"
                       r"northwest|southwest)-\d\b")


class CannotApply(Exception):
    """One side did not apply: str() is the reason, short (it is counted)."""
    def __init__(self, reason, detail=""):
        super().__init__(reason)
        self.detail = detail


# --- motos -----------------------------------------------------------------

class Moto:
    def __init__(self, work, name, endpoint=None):
        self.proc = None
        if endpoint:
            self.endpoint = endpoint
            return
        port_file = os.path.join(work, name + ".port")
        self.log = open(os.path.join(work, name + ".log"), "w")
        # AWS's managed policies exist in every account (moto loads them only
        # when asked): the corpus attaches them (AdministratorAccess, ...).
        env = dict(os.environ, MOTO_IAM_LOAD_MANAGED_POLICIES="true")
        self.proc = subprocess.Popen([sys.executable, str(REPO / "tests/servers/moto_run.py"), "-H", "127.0.0.1",
                                      "--port-file", port_file], stdout=self.log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, env=env)
        for _ in range(1200):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            if self.proc.poll() is not None:
                raise SystemExit(f"twins: moto {name} exited while starting (log: {self.log.name})")
            time.sleep(0.1)
        else:
            raise SystemExit(f"twins: moto {name} did not listen (log: {self.log.name})")
        self.endpoint = "http://127.0.0.1:" + open(port_file).read().strip()

    def reset(self):
        req = urllib.request.Request(self.endpoint + "/moto-api/reset", method="POST", data=b"")
        urllib.request.urlopen(req, timeout=60).read()

    def stop(self):
        if self.proc:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def run(cmd, cwd, env, timeout, log):
    """cmd's exit status, its output in log; a timeout is a failure of its own."""
    with open(log, "w") as out:
        try:
            return subprocess.run(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                  stdin=subprocess.DEVNULL, timeout=timeout).returncode
        except subprocess.TimeoutExpired:
            out.write(f"\ntwins: timed out after {timeout} s\n")
            return "timeout"


def first_error(log, marks=("Error: ", "error: ")):
    """The first error line of a log, for the reason."""
    text = open(log, errors="replace").read()
    for line in text.splitlines():
        line = line.strip().strip("│╷╵ ").strip()
        for m in marks:
            if m in line:
                return line[line.index(m) + len(m):].strip()[:200]
    lines = [x for x in text.splitlines() if x.strip()]
    return (lines[-1].strip() if lines else "no output")[:200]


# --- the sources -----------------------------------------------------------

def release_folders():
    """{repository: corpus folder at its release pin}."""
    out = {}
    for line in open(CORPUS / "pins.txt"):
        if line.startswith("#") or not line.strip():
            continue
        name, _, tag = line.split()[:3]
        out[name] = CORPUS / f"{name}@{tag}"
    # the held-out set's repositories (tests/corpus/tfheldout: NAME COMMIT
    # TAG EXAMPLES...), where one of its examples calls another's module
    for line in open(HELDOUT / "pins.txt"):
        if line.startswith("#") or not line.strip():
            continue
        name, _, tag = line.split()[:3]
        out.setdefault(name, HELDOUT / f"{name}@{tag}")
    return out


def corpus_sources():
    out = []
    for folder in release_folders().values():
        if folder.parent != CORPUS:
            continue  # the held-out set is run by name, not in --corpus
        out += sorted(p for p in folder.glob("examples/*/") if p.is_dir() and list(p.glob("*.tf")))
    out += sorted(pathlib.Path(p) for p in glob.glob(str(REPO / "tests/corpus/cdk/**/*.template.json"),
                                                     recursive=True))
    return out


def is_template(path):
    return path.is_file() and path.suffix in (".json", ".yaml", ".yml", ".template")


REGISTRY_SOURCE = re.compile(r'source\s*=\s*"terraform-aws-modules/([a-z0-9-]+)/aws(//[^"]*)?"')


def version_tuple(text):
    parts = [int(x) for x in re.findall(r"\d+", text.split("-")[0])[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


def satisfies(tag, constraint):
    """Whether release tag (v4.3.1) meets a module block's version
    constraint as Terraform reads one ("~> 3.0", ">= 2.0, < 5", "8.0")."""
    have = version_tuple(tag)
    for one in constraint.split(","):
        m = re.match(r"\s*(~>|>=|<=|!=|=|>|<)?\s*v?([0-9][0-9.]*)\s*$", one)
        if not m:
            return True  # not read: the original's init says
        op, text = m.group(1) or "=", m.group(2)
        want = version_tuple(text)
        if op == "~>":
            n = len(text.split("."))
            upper = list(want[:max(n - 1, 1)])
            upper[-1] += 1
            ok = want <= have and have[:len(upper)] < tuple(upper)
        else:
            ok = {"=": have == want, "!=": have != want, ">": have > want, ">=": have >= want,
                  "<": have < want, "<=": have <= want}[op]
        if not ok:
            return False
    return True


# Notes on the source: what copy_terraform substituted a release of another
# version for, an original applied twice.
OTHER_RELEASES = set()
INCONSISTENT_PLAN = "Provider produced inconsistent final plan"


def module_blocks(text):
    """(start, end) of each `module "x" { ... }` block."""
    out = []
    for m in re.finditer(r'^module\s+"[^"]+"\s*\{', text, re.M):
        depth, i = 0, m.end() - 1
        while i < len(text):
            if text[i] == "{":
                depth += 1
            elif text[i] == "}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        out.append((m.start(), i + 1))
    return out


def copy_terraform(source, dest):
    """Copy the source's repository to dest and return the copied source
    folder. The registry module sources it calls (followed through its local
    module folders) are rewritten to the corpus folder of that repository at
    its release pin, copied beside it; one not in the corpus cannot apply."""
    releases = release_folders()
    source = source.resolve()
    repo = next((f for f in releases.values() if str(source).startswith(str(f.resolve()) + "/")), None)
    top = repo.resolve() if repo else source
    shutil.copytree(top, dest / top.name, symlinks=False, ignore=shutil.ignore_patterns(".terraform*"))
    copied = dest / top.name / source.relative_to(top) if repo else dest / top.name
    pending, done = [copied], set()
    while pending:
        folder = pending.pop().resolve()
        if folder in done:
            continue
        done.add(folder)
        for tf in sorted(folder.glob("*.tf")):
            text = tf.read_text()
            new, changed = text, False
            for start, end in reversed(module_blocks(text)):
                block = new[start:end]
                local = re.search(r'source\s*=\s*"(\.\.?/[^"]*)"', block)
                if local:
                    pending.append(folder / local.group(1).split("//")[0])
                    continue
                m = REGISTRY_SOURCE.search(block)
                if not m:
                    other = re.search(r'source\s*=\s*"([^"]+)"', block)
                    raise CannotApply(f"module {other.group(1) if other else '?'} not in the corpus")
                name = "terraform-aws-" + m.group(1)
                wanted = re.search(r'^\s*version\s*=\s*"([^"]*)"', block, flags=re.M)
                # the newest release in the corpus the call's version takes
                # (registry.txt's, extracted beside the pins: vpc ~> 5.0 is
                # v5.21.0, the release pin itself), as terraform init picks one
                fits = sorted((version_tuple(f.name.split("@", 1)[1]), f) for f in
                              CORPUS.glob(name + "@v*")
                              if f.is_dir() and (not wanted or satisfies(f.name.split("@", 1)[1],
                                                                          wanted.group(1))))
                folder = fits[-1][1] if fits else releases.get(name)
                if not folder:
                    raise CannotApply(f"module terraform-aws-modules/{m.group(1)}/aws not in the corpus")
                target = dest / folder.name
                if not target.exists():
                    shutil.copytree(folder.resolve(), target, ignore=shutil.ignore_patterns(".terraform*"))
                tag = folder.name.split("@", 1)[1]
                if wanted and not satisfies(tag, wanted.group(1)):
                    # the corpus holds one release, which stands for the one
                    # asked on both sides; where their inputs or outputs
                    # differ (sqs ~> 3.0's sqs_queue_arn, v4's queue_arn)
                    # both fail, and the note says why
                    OTHER_RELEASES.add(f"note: terraform-aws-modules/{m.group(1)}/aws "
                                       f"{wanted.group(1)} is the corpus's {tag} on both sides")
                sub = (m.group(2) or "//")[2:]
                if not (target / sub).is_dir():  # a folder of another major release
                    raise CannotApply(f"module terraform-aws-modules/{m.group(1)}/aws//{sub} "
                                      f"not in the corpus's {folder.name}")
                pending.append(target / sub)
                rel = os.path.relpath(target / sub, tf.parent)
                block = block[:m.start()] + f'source = "{rel}"' + block[m.end():]
                block = re.sub(r'^\s*version\s*=\s*"[^"]*"\s*\n', "", block, flags=re.M)
                new = new[:start] + block + new[end:]
                changed = True
            if changed:
                tf.write_text(new)
    return copied


# --- the original side -----------------------------------------------------

class Terraform:
    """Terraform from the mirror, its provider pointed at a moto."""

    def __init__(self, work):
        self.mirror = os.environ.get("TF_PROVIDER_MIRROR", "/opt/tf-plugins")
        if not shutil.which("terraform") or not os.path.isdir(self.mirror + "/registry.terraform.io/hashicorp/aws"):
            self.missing = "terraform or its aws provider not on this machine"
            return
        self.missing = None
        self.work = work
        self.rc = os.path.join(work, "cli.tfrc")
        cache = os.path.join(work, "plugin-cache")
        os.makedirs(cache, exist_ok=True)
        # Beside hashicorp/aws, the providers tests/servers/build-tf-providers.sh
        # builds from source (random, null, local, external, tls, http) when it
        # has run (TF_BUILT_PROVIDERS: another folder): one
        # filesystem_mirror per folder, each including only what it holds.
        mirrors = [(self.mirror, ["registry.terraform.io/hashicorp/aws"])]
        built = os.environ.get("TF_BUILT_PROVIDERS", str(REPO / "build/tf-providers/mirror"))
        names = sorted(os.listdir(built + "/registry.terraform.io/hashicorp")) if os.path.isdir(
            built + "/registry.terraform.io/hashicorp") else []
        if names:
            mirrors.append((built, [f"registry.terraform.io/hashicorp/{n}" for n in names]))
        blocks = "".join(f'  filesystem_mirror {{\n    path    = "{path}"\n    include = {json.dumps(inc)}\n  }}\n'
                         for path, inc in mirrors)
        every = json.dumps([i for _, inc in mirrors for i in inc])
        with open(self.rc, "w") as f:
            f.write(f'provider_installation {{\n{blocks}  direct {{ exclude = {every} }}\n}}\n'
                    f'plugin_cache_dir = "{cache}"\n')
        self.env = dict(os.environ, TF_CLI_CONFIG_FILE=self.rc, GOGC=os.environ.get("GOGC", "300"),
                        TF_IN_AUTOMATION="1", CHECKPOINT_DISABLE="1", AWS_CONFIG_FILE="/nonexistent",
                        AWS_SHARED_CREDENTIALS_FILE="/nonexistent", AWS_EC2_METADATA_DISABLED="true",
                        # An S3 Express directory bucket's requests signed as
                        # any other's, not through a CreateSession session
                        # (moto serves none: moto_patches/s3_directory_bucket.py).
                        AWS_S3_DISABLE_EXPRESS_SESSION_AUTH="true")
        for k in ("AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
            self.env.pop(k, None)
        self._endpoints = None

    def endpoints(self):
        """Every endpoint name of the provider's `endpoints` block, one of
        each set of aliases (from the provider's own schema, cached)."""
        if self._endpoints is not None:
            return self._endpoints
        versions = sorted(os.listdir(self.mirror + "/registry.terraform.io/hashicorp/aws"))
        cache = pathlib.Path(os.environ.get("XDG_CACHE_HOME", pathlib.Path.home() / ".cache")) / "terrace-twins"
        cached = cache / f"endpoints-{versions[-1]}.json"
        if cached.exists():
            self._endpoints = json.loads(cached.read_text())
            return self._endpoints
        d = pathlib.Path(tempfile.mkdtemp(dir=self.work))
        (d / "main.tf").write_text('terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n  }\n}\n')
        subprocess.run(["terraform", "init", "-input=false"], cwd=d, env=self.env, capture_output=True, check=True)
        schema = json.loads(subprocess.run(["terraform", "providers", "schema", "-json"], cwd=d, env=self.env,
                                           capture_output=True, check=True).stdout)
        names = sorted(schema["provider_schemas"]["registry.terraform.io/hashicorp/aws"]["provider"]["block"]
                       ["block_types"]["endpoints"]["block"]["attributes"])
        # Aliases: validate says "Only one of the following attributes should be set".
        (d / "p.tf").write_text(self.provider_block("", names, "http://127.0.0.1:1"))
        v = subprocess.run(["terraform", "validate", "-json"], cwd=d, env=self.env, capture_output=True, text=True)
        drop = set()
        for diag in json.loads(v.stdout).get("diagnostics", []):
            found = re.findall(r'"endpoints\[0\]\.([a-z0-9]+)"', diag.get("detail", ""))
            drop.update(found[1:])
        names = [n for n in names if n not in drop]
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}")
        tmp.write_text(json.dumps(names))
        os.replace(tmp, cached)
        self._endpoints = names
        return names

    @staticmethod
    def provider_block(alias_line, names, endpoint, region_line=""):
        """The provider sent to endpoint. It asks for its account id (STS's
        GetCallerIdentity, as on AWS): S3 Control's requests name it, and
        so does every ARN the provider builds. S3 Control's endpoint puts
        the id before the host (123456789012.127.0.0.1, which resolves
        nowhere): http_proxy sends such a request to moto, which takes a
        request in proxy form as any other; the provider never proxies a
        loopback address (each endpoint), so nothing else goes through it."""
        eps = "\n".join(f'    {n} = "{endpoint}"' for n in names)
        return (f'provider "aws" {{\n{alias_line}{region_line}  access_key = "{ACCESS_KEY}"\n'
                f'  secret_key = "{SECRET_KEY}"\n  skip_credentials_validation = true\n'
                f'  skip_requesting_account_id = false\n  skip_metadata_api_check = true\n'
                f'  http_proxy = "{endpoint}"\n  https_proxy = ""\n'
                f'  s3_use_path_style = true\n  endpoints {{\n{eps}\n  }}\n}}\n')

    def point_at(self, folder, endpoint):
        """An override file that sends each of the folder's aws providers to endpoint."""
        names = self.endpoints()
        blocks, plain = [], False
        for tf in folder.glob("*.tf"):
            text = tf.read_text()
            for m in re.finditer(r'^provider\s+"aws"\s*\{', text, re.M):
                body = text[m.end():m.end() + 2000]
                alias = re.match(r'(?s)(?:(?!^\}).)*?^\s*alias\s*=\s*"([^"]+)"', body, re.M)
                end = re.search(r"^\}", body, re.M)
                if alias and (not end or alias.start(1) < end.start()):
                    blocks.append(self.provider_block(f'  alias = "{alias.group(1)}"\n', names, endpoint))
                else:
                    plain = True
                    blocks.append(self.provider_block("", names, endpoint))
        # The root's outputs marked sensitive: never compared, and an
        # example naming a sensitive value in an output that is not (kms
        # v3.1.1's complete_grants) is refused by Terraform 1.11 at plan.
        outputs = sorted({m.group(1) for tf in folder.glob("*.tf")
                          for m in re.finditer(r'^output\s+"([^"]+)"\s*\{', tf.read_text(), re.M)})
        blocks += [f'output "{name}" {{\n  sensitive = true\n}}\n' for name in outputs]
        (folder / "twins_override.tf").write_text("".join(blocks))
        if not plain:
            (folder / "twins_provider.tf").write_text(
                self.provider_block("", names, endpoint, '  region = "us-east-1"\n'))

    def apply(self, folder, endpoint, timeout):
        if self.missing:
            raise CannotApply(self.missing)
        self.point_at(folder, endpoint)
        rc = run(["terraform", "init", "-input=false", "-no-color"], folder, self.env, timeout,
                 folder / "twins-init.log")
        if rc != 0:
            text = open(folder / "twins-init.log").read()
            m = re.search(r"for\s+provider\s+(?:registry\.terraform\.io/)?([a-z0-9-]+/[a-z0-9-]+)", text)
            if m and "hashicorp/aws" not in m.group(1):
                raise CannotApply(f"original: provider {m.group(1)} not in the mirror")
            raise CannotApply("original: terraform init failed", first_error(folder / "twins-init.log"))
        started = time.time()
        rc = run(["terraform", "apply", "-auto-approve", "-input=false", "-no-color"], folder, self.env, timeout,
                 folder / "twins-apply.log")
        if rc not in (0, "timeout") and INCONSISTENT_PLAN in open(folder / "twins-apply.log", errors="replace").read():
            # A provider's bug that a second apply gets past, on AWS as here
            # (hashicorp/aws 5.100's aws_s3_bucket_lifecycle_configuration of
            # a directory bucket whose name is known only at apply): applied
            # once more, as its user would, and said.
            OTHER_RELEASES.add(f"note: the original applied twice (the first: {INCONSISTENT_PLAN})")
            rc = run(["terraform", "apply", "-auto-approve", "-input=false", "-no-color"], folder, self.env,
                     max(1, timeout - (time.time() - started)), folder / "twins-apply-2.log")
            (folder / "twins-apply.log").write_text(open(folder / "twins-apply-2.log", errors="replace").read())
        if rc == "timeout":
            raise CannotApply("original: terraform apply timed out on moto", f"after {timeout} s")
        if rc != 0:
            raise CannotApply("original: terraform apply failed on moto", first_error(folder / "twins-apply.log"))
        listed = subprocess.run(["terraform", "state", "list"], cwd=folder, env=self.env, capture_output=True,
                                text=True).stdout.split()
        self.random_values = random_values(folder, self.env)
        return [a.split(".")[-2] for a in listed if ".data." not in "." + a and len(a.split(".")) >= 2]


def random_values(folder, env):
    """[(value, n)] of the values hashicorp/random made for the original
    (random_pet's id, random_string's result, random_id's hex, b64_url and
    dec), each with the number of hex digits terrace's conversion writes in
    its place (stacks/convert_tf_refs.c's random_value: 8 for a pet, a
    string's length, a random_id's byte_length twice): both generated, set
    aside in pairs by normalise.set_aside_random_values."""
    shown = subprocess.run(["terraform", "show", "-json"], cwd=folder, env=env, capture_output=True, text=True)
    try:
        state = json.loads(shown.stdout)
    except ValueError:
        return []
    out = []

    def walk(module):
        for r in module.get("resources") or []:
            v = r.get("values") or {}
            if r.get("type") == "random_pet" and isinstance(v.get("id"), str):
                out.append((v["id"], 8))
            elif r.get("type") == "random_string" and isinstance(v.get("result"), str):
                out.append((v["result"], max(1, min(40, len(v["result"])))))
            elif r.get("type") == "random_id":
                n = max(1, min(40, 2 * int(v.get("byte_length") or 4)))
                out.extend((v[k], n) for k in ("hex", "b64_url", "dec") if isinstance(v.get(k), str))
        for child in module.get("child_modules") or []:
            walk(child)
    walk((state.get("values") or {}).get("root_module") or {})
    return out


CDK_QUALIFIER = "hnb659fds"
CDK_BUCKET = f"cdk-{CDK_QUALIFIER}-assets-123456789012-us-east-1"


def cdk_bootstrap(template, endpoint):
    """What `cdk bootstrap` leaves in an account, where the template reads
    it: the bootstrap version parameter and the asset bucket (made on both
    motos before either side applies, so neither is counted as made)."""
    import boto3
    text = template.read_text()
    kw = dict(region_name="us-east-1", endpoint_url=endpoint, aws_access_key_id=ACCESS_KEY,
              aws_secret_access_key=SECRET_KEY)
    if f"/cdk-bootstrap/{CDK_QUALIFIER}/version" in text:
        boto3.client("ssm", **kw).put_parameter(Name=f"/cdk-bootstrap/{CDK_QUALIFIER}/version", Value="30",
                                                Type="String", Overwrite=True)
    if f"cdk-{CDK_QUALIFIER}-assets-" in text:
        boto3.client("s3", config=inventory.CONFIG, **kw).create_bucket(Bucket=CDK_BUCKET)


def cdk_publish(template, endpoint):
    """What `cdk deploy` uploads before CreateStack: each file asset of the
    template's NAME.assets.json (a folder zipped) to its bucket and key."""
    import boto3
    import io
    import zipfile
    manifest = template.with_name(template.name.replace(".template.json", ".assets.json"))
    if not manifest.exists():
        return
    s3 = boto3.client("s3", region_name="us-east-1", endpoint_url=endpoint, aws_access_key_id=ACCESS_KEY,
                      aws_secret_access_key=SECRET_KEY, config=inventory.CONFIG)
    for asset in json.loads(manifest.read_text()).get("files", {}).values():
        path = manifest.parent / asset["source"]["path"]
        if path.name == template.name or not path.exists():
            continue
        if path.is_dir():
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as z:
                for f in sorted(path.rglob("*")):
                    if f.is_file():
                        z.write(f, f.relative_to(path))
            body = buf.getvalue()
        else:
            body = path.read_bytes()
        for d in asset["destinations"].values():
            bucket = d["bucketName"].replace("${AWS::AccountId}", "123456789012").replace(
                "${AWS::Region}", "us-east-1").replace("${AWS::Partition}", "aws")
            s3.put_object(Bucket=bucket, Key=d["objectKey"], Body=body)


def organization_member(source, endpoint):
    """What an account in an AWS Organization holds, where a Terraform
    example reads it (`data "aws_organizations_organization"`, which fails
    in an account outside one, as in a fresh moto): an organization whose
    management account is the account, made on both motos before either
    side applies, so neither counts it as made."""
    import boto3
    if not any('data "aws_organizations_organization"' in tf.read_text(errors="replace")
               for tf in source.glob("*.tf")):
        return
    boto3.client("organizations", region_name="us-east-1", endpoint_url=endpoint, aws_access_key_id=ACCESS_KEY,
                 aws_secret_access_key=SECRET_KEY).create_organization(FeatureSet="ALL")


def apply_cloudformation(template, endpoint, timeout):
    """moto's own CreateStack; the stack's parameters from their defaults."""
    import boto3
    body = template.read_text()
    cdk_publish(template, endpoint)
    cfn = boto3.client("cloudformation", region_name="us-east-1", endpoint_url=endpoint,
                       aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)
    name = re.sub(r"[^A-Za-z0-9-]", "-", template.name.split(".")[0])[:100] or "twin"
    try:
        cfn.create_stack(StackName=name, TemplateBody=body,
                         Capabilities=["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"])
    except Exception as e:
        code = getattr(e, "response", {}).get("Error", {}).get("Code") if hasattr(e, "response") else None
        # A resource moto has no model of, which another reads, fails the whole template.
        m = re.search(r"references undefined resource (\S+)", str(e))
        resource = template_resources(template).get(m.group(1)) if m else None
        if isinstance(resource, dict) and resource.get("Type"):
            raise CannotApply(f"original: moto's CloudFormation cannot make {resource['Type']}", str(e)[:200])
        why = code or ("HTTP 500, its log says why" if "invalid XML" in str(e) else type(e).__name__)
        raise CannotApply(f"original: moto CreateStack refused the template ({why})", str(e)[:200])
    deadline, custom_since = time.time() + timeout, None
    while True:
        s = cfn.describe_stacks(StackName=name)["Stacks"][0]
        if not s["StackStatus"].endswith("IN_PROGRESS"):
            break
        if time.time() > deadline:
            raise CannotApply("original: moto CreateStack timed out")
        # moto calls a custom resource's handler and waits for its answer,
        # which a handler that moto cannot run (no Docker here) never sends.
        listed = cfn.list_stack_resources(StackName=name)["StackResourceSummaries"]
        waiting = [r["ResourceType"] for r in listed if r["ResourceStatus"].endswith("IN_PROGRESS")]
        custom = [r["ResourceType"] for r in listed if is_custom(r["ResourceType"])]
        if (waiting and all(is_custom(t) for t in waiting)) or (not waiting and custom):
            waiting = waiting or custom
            custom_since = custom_since or time.time()
            if time.time() - custom_since > 20:
                # A handler's failure is most often what moto left out
                # (a topic policy S3's notification test then misses).
                check_made(template, listed)
                raise CannotApply("original: moto runs no custom resource's handler", ", ".join(sorted(set(waiting))))
        else:
            custom_since = None
        time.sleep(1)
    if s["StackStatus"] != "CREATE_COMPLETE":
        events = cfn.describe_stack_events(StackName=name)["StackEvents"]
        why = [f"{e['LogicalResourceId']} ({e['ResourceType']}): {e.get('ResourceStatusReason', '')}"
               for e in events if e["ResourceStatus"].endswith("FAILED")]
        raise CannotApply("original: moto CreateStack failed", (why or [s["StackStatus"]])[0][:200])
    return check_made(template, cfn.list_stack_resources(StackName=name)["StackResourceSummaries"])


def check_made(template, listed):
    """The types of the resources moto made; moto leaves out a type it has no
    model of with a line in its log only: that is named, never same."""
    made = collections.Counter(r["ResourceType"] for r in listed)
    asked = collections.Counter(r.get("Type", "") for r in template_resources(template).values()
                                if isinstance(r, dict))
    missing = sorted(t for t in asked if made[t] < asked[t] and not is_custom(t))
    if missing:
        raise CannotApply(f"original: moto's CloudFormation cannot make {missing[0]}",
                          "left out by moto: " + ", ".join(missing))
    return list(made.elements())


def is_custom(resource_type):
    return resource_type.startswith("Custom::") or resource_type == "AWS::CloudFormation::CustomResource"


def template_resources(template):
    """A template's Resources, JSON or YAML (its short-form tags read as data)."""
    text = template.read_text()
    try:
        return json.loads(text).get("Resources", {})
    except ValueError:
        import yaml

        class Loader(yaml.SafeLoader):
            pass
        Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
        return (yaml.load(text, Loader=Loader) or {}).get("Resources", {})


# --- the terrace side ------------------------------------------------------

class Terrace:
    def __init__(self, binary):
        self.binary = binary

    def env(self, endpoint):
        env = dict(os.environ, AWS_ENDPOINT_URL=endpoint, AWS_ACCESS_KEY_ID=ACCESS_KEY,
                   AWS_SECRET_ACCESS_KEY=SECRET_KEY, AWS_CONFIG_FILE="/nonexistent",
                   AWS_SHARED_CREDENTIALS_FILE="/nonexistent", AWS_EC2_METADATA_DISABLED="true",
                   TERRACE_AWS_SERVER="aws", TERRACE_AWS_CONSISTENCY_TIMEOUT="0", NO_COLOR="1",
                   AWS_REGION="us-east-1")
        for k in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "CI"):
            env.pop(k, None)
        return env

    def convert(self, source, out_folder, env, timeout):
        """Convert source into out_folder/stack.yaml, and each module folder
        convert's advice names (`terrace convert DIR -out DIR/stack.yaml`)."""
        out_folder.mkdir(parents=True, exist_ok=True)
        # Exit 3: written, with constructs left out (each named in the log).
        rc = run([self.binary, "convert", "-out", str(out_folder / "stack.yaml"), str(source)], out_folder, env,
                 timeout, out_folder / "twins-convert.log")
        if rc not in (0, 3) or not (out_folder / "stack.yaml").exists():
            raise CannotApply("terrace: convert failed", first_error(out_folder / "twins-convert.log"))
        todo, seen = [out_folder], set()
        while todo:
            f = todo.pop().resolve()
            if f in seen:
                continue
            seen.add(f)
            log = f / "twins-convert.log"
            if f != out_folder.resolve():
                if not (f / "stack.yaml").exists():
                    rc = run([self.binary, "convert", "-out", str(f / "stack.yaml"), "."], f, env, timeout, log)
                    if rc not in (0, 3) or not (f / "stack.yaml").exists():
                        raise CannotApply("terrace: convert of a module folder failed", first_error(log))
            if log.exists():
                for m in re.findall(r"terrace convert (\S+) -out", log.read_text()):
                    todo.append(f / m)

    def prepare(self, source, folder, endpoint, timeout, edit):
        """Convert, then validate: what needs no server."""
        env = self.env(endpoint)
        if is_template(source):
            folder.mkdir(parents=True)
            self.convert(source, folder, env, timeout)
        else:
            self.convert(pathlib.Path("."), folder, env, timeout)
        if edit:
            exec(compile(open(edit).read(), edit, "exec"), {"stack": folder, "pathlib": pathlib, "re": re})
        rc = run([self.binary, "validate", "-no-color"], folder, env, timeout, folder / "twins-validate.log")
        if rc != 0:
            raise CannotApply("terrace: validate failed", first_error(folder / "twins-validate.log"))

    @staticmethod
    def passwords(folder, env):
        """What convert's warning asks of the user for a random_password it
        left out ("give the password as a sensitive variable"): each root
        variable standing for one (sensitive, described as
        "random_password.NAME.result, which terrace convert left out") gets
        a password of its own, TERRACE_VAR_NAME. Nothing else is filled in."""
        stack = folder / "stack.yaml"
        text = stack.read_text(errors="replace") if stack.exists() else ""
        for name in re.findall(r"^  (\w+):\n    description: random_password\.\S+, which terrace convert "
                               r"left out\n    sensitive: true\n", text, re.M):
            env["TERRACE_VAR_" + name] = "Tw1ns-" + os.urandom(12).hex()

    def apply(self, folder, endpoint, timeout):
        env = self.env(endpoint)
        self.passwords(folder, env)
        rc = run([self.binary, "apply", "-auto-approve", "-no-color"], folder, env, timeout,
                 folder / "twins-apply.log")
        if rc == "timeout":
            raise CannotApply("terrace: apply timed out on moto")
        if rc != 0:
            log = folder / "twins-apply.log"
            text = log.read_text(errors="replace")
            stage = "plan" if "Apply complete" not in text and "Plan:" not in text else "apply"
            # What moto's Cloud Control lacks, named by type (a moto gap on
            # terrace's side, as the original's are on its own).
            m = re.search(r"The type (AWS::\S+) cannot be found", text)
            if m:
                raise CannotApply(f"terrace: moto's Cloud Control has no {m.group(1)}", first_error(log))
            m = re.search(r"CreateResource of (AWS::\S+): FAILED", text)
            if m:
                raise CannotApply(f"terrace: moto's Cloud Control failed to create {m.group(1)}", first_error(log))
            raise CannotApply(f"terrace: {stage} failed", first_error(log))


# --- one source ------------------------------------------------------------

def regions_of(source):
    texts = [source.read_text(errors="replace")] if source.is_file() else \
        [p.read_text(errors="replace") for p in source.glob("*.tf")]
    found = {m.group(0) for t in texts for m in REGION_RE.finditer(t)}
    return ["us-east-1"] + sorted(found - {"us-east-1"})


def twin(source, original, twin_moto, tf, terrace, work, timeout, edit, original_always):
    """('same'|'differ'|'could not apply', reason or the objects counted, lines):
    each difference, then a note for each type the original made that the
    inventory does not list (not compared, not counted)."""
    regions = regions_of(source)
    OTHER_RELEASES.clear()
    for m in (original, twin_moto):
        m.reset()
        if is_template(source):
            cdk_bootstrap(source, m.endpoint)
        else:
            organization_member(source, m.endpoint)
    before = {m: {(o["type"], o["id"]) for o in inventory.take(m.endpoint, regions)} for m in (original, twin_moto)}
    try:
        # terrace's conversion is made and validated first: where it does
        # not validate, the original is applied only with original_always.
        if is_template(source):
            tw = work / "terrace"
            try:
                terrace.prepare(source, tw, twin_moto.endpoint, timeout, edit)
            finally:
                if original_always:
                    types = apply_cloudformation(source, original.endpoint, timeout)
            if not original_always:
                types = apply_cloudformation(source, original.endpoint, timeout)
        else:
            tw = copy_terraform(source, work / "terrace-src")
            cwd = os.getcwd()
            try:
                os.chdir(tw)
                terrace.prepare(tw, tw, twin_moto.endpoint, timeout, edit)
            except CannotApply:
                if original_always:
                    tf.apply(copy_terraform(source, work / "original"), original.endpoint, timeout)
                raise
            finally:
                os.chdir(cwd)
            types = tf.apply(copy_terraform(source, work / "original"), original.endpoint, timeout)
        terrace.apply(tw, twin_moto.endpoint, timeout)
    except CannotApply as e:
        return "could not apply", str(e), ([e.detail] if e.detail else []) + sorted(OTHER_RELEASES)

    def made(m):
        return [o for o in inventory.take(m.endpoint, regions) if (o["type"], o["id"]) not in before[m]]
    a, b = made(original), made(twin_moto)
    for side, inv in (("original", a), ("terrace", b)):  # each side's objects, to read a difference by
        (work / f"inventory-{side}.json").write_text(json.dumps(inv, indent=1, sort_keys=True, default=str))
    if not is_template(source):
        a, b = normalise.set_aside_random_values(a, b, getattr(tf, "random_values", []))
    lines = normalise.compare(a, b)
    unseen = collections.Counter(t for t in types if not inventory.covers(t) and not is_custom(t))
    lines_notes = [f"note: not compared (inventory.py lists no {t}): {n} made by the original"
                   for t, n in sorted(unseen.items())]
    return ("differ" if lines else "same"), f"{len(a)} objects, {len(b)} terrace's", lines + lines_notes + sorted(OTHER_RELEASES)


def label(source):
    try:
        return str(source.resolve().relative_to(REPO))
    except ValueError:
        return str(source)


def main():
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # the motos stop (finally) on a kill too
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sources", nargs="*", type=pathlib.Path)
    ap.add_argument("--corpus", action="store_true")
    ap.add_argument("--original-endpoint")
    ap.add_argument("--twin-endpoint")
    ap.add_argument("--terrace", default=str(REPO / "build" / "terrace"))
    ap.add_argument("--work")
    ap.add_argument("--timeout", type=int, default=900)
    ap.add_argument("--edit-after-convert")
    ap.add_argument("--original-always", action="store_true",
                    help="apply the original even where terrace's conversion does not validate")
    ap.add_argument("--report", help="also write every line printed to this file")
    args = ap.parse_args()
    if args.report:
        report = open(args.report, "w")
        stdout = sys.stdout

        class Both:
            def write(self, text):
                stdout.write(text)
                report.write(text)

            def flush(self):
                stdout.flush()
                report.flush()
        sys.stdout = Both()
    sources = list(args.sources) + (corpus_sources() if args.corpus else [])
    if not sources:
        ap.error("no sources (name some, or --corpus)")
    work = pathlib.Path(args.work or tempfile.mkdtemp(prefix="terrace-twins."))
    work.mkdir(parents=True, exist_ok=True)
    original = Moto(str(work), "moto-original", args.original_endpoint)
    twin_moto = None
    try:
        twin_moto = Moto(str(work), "moto-twin", args.twin_endpoint)
        tf = Terraform(str(work))
        terrace = Terrace(os.path.abspath(args.terrace))
        counts, reasons = collections.Counter(), collections.Counter()
        for i, source in enumerate(sources):
            folder = work / f"s{i:03d}"
            folder.mkdir()
            start = time.time()
            verdict, reason, lines = twin(source.resolve(), original, twin_moto, tf, terrace, folder,
                                          args.timeout, args.edit_after_convert, args.original_always)
            counts[verdict] += 1
            if verdict == "could not apply":
                head = f"could not apply ({reason})"
                reasons[reason] += 1
            else:
                n = len([x for x in lines if not x.startswith("note: ")])
                head = f"{verdict} ({reason})" if verdict == "same" else f"differ ({n}; {reason})"
            print(f"== {label(source)}: {head} [{time.time() - start:.0f} s, {folder}]", flush=True)
            for line in lines:
                print("   " + line, flush=True)
        why = ", ".join(f"{n} {r}" for r, n in sorted(reasons.items(), key=lambda x: (-x[1], x[0])))
        print(f"twins: {len(sources)} sources, {counts['same']} same, {counts['differ']} differ, "
              f"{counts['could not apply']} could not apply" + (f" ({why})" if why else ""))
    finally:
        original.stop()
        if twin_moto:
            twin_moto.stop()


if __name__ == "__main__":
    main()
