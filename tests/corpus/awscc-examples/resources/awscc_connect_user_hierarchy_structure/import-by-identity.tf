import {
  to = awscc_connect_user_hierarchy_structure.example
  identity = {
    user_hierarchy_structure_arn = "user_hierarchy_structure_arn"
  }
}
