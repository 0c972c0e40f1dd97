import {
  to = awscc_connect_user_hierarchy_group.example
  identity = {
    user_hierarchy_group_arn = "user_hierarchy_group_arn"
  }
}
