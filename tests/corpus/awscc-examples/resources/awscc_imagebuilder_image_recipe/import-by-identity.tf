import {
  to = awscc_imagebuilder_image_recipe.example
  identity = {
    arn = "arn"
  }
}
