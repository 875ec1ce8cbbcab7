/** The article's lower case: the milestone pass uses the one shared by every extractor. */
export { LowerDoc } from '../lower';
