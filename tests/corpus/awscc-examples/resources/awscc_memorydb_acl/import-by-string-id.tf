import {
  to = awscc_memorydb_acl.example
  id = "acl_name"
}