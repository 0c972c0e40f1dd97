import {
  to = awscc_resourcegroups_group.example
  identity = {
    name = "name"
  }
}
