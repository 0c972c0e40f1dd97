"""check_names.py TF_SCHEMA PLAN: every resource of a -terraform-names plan
is a hashicorp/aws type, and every attribute it names (top level, and one
level into blocks) is one that type has, with the shape it has (a block a
list, a string a string...). Prints the findings and a figure."""
import json, sys
tf = json.load(open(sys.argv[1]))['provider_schemas']['registry.terraform.io/hashicorp/aws']['resource_schemas']
plan = json.load(open(sys.argv[2]))
bad = []
n_attrs = 0
types = set()
for rc in plan['resource_changes']:
    t = rc['type']
    types.add(t)
    if t not in tf:
        bad.append(f"{rc['address']}: type {t} is not a hashicorp/aws resource type"); continue
    block = tf[t]['block']
    names = set(block.get('attributes', {})) | set(block.get('block_types', {}))
    ch = rc['change']
    for side in ('after', 'after_unknown', 'after_sensitive'):
        for k in (ch.get(side) or {}):
            n_attrs += 1
            if k not in names:
                bad.append(f"{rc['address']}: {k} ({side}) is not an attribute of {t}")
            elif side == 'after':
                v = ch['after'][k]
                want = block.get('attributes', {}).get(k, {}).get('type')
                if k in block.get('block_types', {}):
                    mode = block['block_types'][k]['nesting_mode']
                    ok = v is None or (isinstance(v, list) if mode in ('list', 'set') else isinstance(v, dict))
                    want = mode
                elif v is None or want is None or want == 'dynamic':
                    ok = True
                else:
                    kind = want if isinstance(want, str) else want[0]
                    ok = {'string': isinstance(v, str), 'number': isinstance(v, (int, float)) and not isinstance(v, bool),
                          'bool': isinstance(v, bool), 'list': isinstance(v, list), 'set': isinstance(v, list),
                          'map': isinstance(v, dict), 'object': isinstance(v, dict)}.get(kind, True)
                if ok and k in block.get('block_types', {}) and v:
                    inner = block['block_types'][k]['block']
                    inner_names = set(inner.get('attributes', {})) | set(inner.get('block_types', {}))
                    for item in (v if isinstance(v, list) else [v]):
                        for ik in (item or {}):
                            n_attrs += 1
                            if ik not in inner_names:
                                bad.append(f"{rc['address']}: {k}.{ik} is not in {t}'s {k} block")
                if not ok:
                    bad.append(f"{rc['address']}: {k} is {type(v).__name__}, {t} wants {want}")
for b in bad: print(b)
print(f"# figure: {len(plan['resource_changes'])} resources, {len(types)} Terraform types, {n_attrs} attribute names checked against the hashicorp/aws schema, {len(bad)} unknown")
sys.exit(1 if bad else 0)
