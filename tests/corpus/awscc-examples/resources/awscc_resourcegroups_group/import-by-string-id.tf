import {
  to = awscc_resourcegroups_group.example
  id = "name"
}