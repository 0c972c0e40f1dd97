import {
  to = awscc_imagebuilder_container_recipe.example
  identity = {
    arn = "arn"
  }
}
