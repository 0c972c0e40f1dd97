import {
  to = awscc_memorydb_acl.example
  identity = {
    acl_name = "acl_name"
  }
}
